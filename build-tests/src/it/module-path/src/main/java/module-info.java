/** Requires onecli4j by the names in its jars' manifests. */
module it.modulepath {
  requires dev.onecli4j.core;
  requires dev.onecli4j.generated;
  requires dev.onecli4j.testing;
}
