#!/usr/bin/env bash
# Runs the SDK-vs-raw benchmarks and writes the tables of BENCHMARKS.md.
#
#   benchmarks/run.sh full    # the published run: every comparison in 2 rounds (one fork per
#                             # benchmark per round, 3 warm-up + 5 measured iterations of 2 s, the
#                             # sides back to back, order reversed in round 2), -prof gc and CPU per
#                             # call, lists of 10/100/1,000, and the client code alone (create, list
#                             # of 10, error answered in-process, no server); then the paired run
#                             # (every side of a comparison in one JVM: 11 rounds of randomly
#                             # interleaved batches, time and allocation per call, per-round ratios,
#                             # 3 JVMs per comparison); 15 cold starts per side and the classes each
#                             # loads
#   benchmarks/run.sh quick   # a smoke run in under 3 minutes: 1 round of 2 + 3 iterations of 1 s
#                             # (the SDK against the hand-written POJOs for create, list of 100 with
#                             # the stock client, the error, the in-process error), 1 paired JVM of
#                             # 5 rounds for create, lists of 100 and 1,000 and the error, 3 cold
#                             # starts per side
#
# The sides (see BENCHMARKS.md and dev.onecli4j.benchmarks.paired.Comparison): the SDK; raw =
# hand-written OkHttp + Jackson into small POJOs with the dates kept as strings (the baseline of
# the targets); raw A/A, an identical copy of it (the noise floor); raw-jsr310, the same POJOs with
# jackson-datatype-jsr310 dates; stock, openapi-generator's default okhttp-gson client generated
# from openapi/onecli.yaml at build time; and the earlier baselines that read into the SDK's
# generated models. Report's first table says which targets hold.
#
# Set SKIP_BUILD=1 to reuse benchmarks/target/benchmarks.jar. An optional regex keeps only the
# benchmarks it finds, e.g.  benchmarks/run.sh quick ErrorBenchmark
# Results: benchmarks/target/{jmh,paired,coldstart}-<mode>.json and results-<mode>.md.
set -euo pipefail

mode="${1:-quick}"
shift || true
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
target="benchmarks/target"
jar="$target/benchmarks.jar"

case "$mode" in
  full) cold_runs=15 ;;
  quick) cold_runs=3 ;;
  *)
    echo "usage: benchmarks/run.sh full|quick [benchmark regex]" >&2
    exit 2
    ;;
esac

if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  mvn -B -q -pl benchmarks -am package -DskipTests
fi

facts="$target/machine-$mode.txt"
{
  echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "java: $(java -version 2>&1 | head -n 2 | tr '\n' ' ')"
  echo "cores (nproc): $(nproc)"
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
  echo "memory: $(grep MemTotal /proc/meminfo | awk '{printf "%.0f GiB", $2/1048576}')"
  echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
} > "$facts"

java -cp "$jar" dev.onecli4j.benchmarks.Suite "$mode" "$target/jmh-$mode.json" "$@" | tee "$target/jmh-$mode.txt"

java -cp "$jar" dev.onecli4j.benchmarks.paired.PairedRun "$mode" "$target/paired-$mode.json" "$@" | tee "$target/paired-$mode.txt"

java -cp "$jar" dev.onecli4j.benchmarks.coldstart.ColdStart --runs "$cold_runs" --out "$target/coldstart-$mode.json"

echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$facts"
{
  sed 's/^/    /' "$facts"
  echo
  java -cp "$jar" dev.onecli4j.benchmarks.Report "$target/jmh-$mode.json" "$target/coldstart-$mode.json" \
    "$target/paired-$mode.json"
} > "$target/results-$mode.md"
echo
cat "$target/results-$mode.md"
