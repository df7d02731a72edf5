// Records what the server's JavaScript decides, for the SDK's tests and its public-suffix data.
//
//   node tools/validation/dialect-verdicts.mjs TLDTS_DIR
//
// TLDTS_DIR is an installed tldts package, the version the server pins (OneCLI 2.0.1: 7.4.4),
// e.g. node_modules/tldts of a server build. Run it with the Node major the server runs (22):
// RegExp syntax is V8's. It writes, relative to the repository root:
//   sdk-core/src/main/resources/dev/onecli4j/validation/public-suffixes.txt
//       the ASCII rules of tldts' public suffix list ("I" ICANN, "P" private, "!" exception)
//   sdk-core/src/test/resources/dev/onecli4j/validation/regexp-verdicts.jsonl
//       generated patterns and whether `new RegExp(pattern)` accepts them
//   sdk-core/src/test/resources/dev/onecli4j/validation/wildcard-verdicts.jsonl
//       generated "*.X" host patterns and whether tldts sees X as a whole public suffix
// The generators are seeded: the same Node and tldts give the same files.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const tldtsDir = process.argv[2];
if (!tldtsDir) {
  console.error('usage: node tools/validation/dialect-verdicts.mjs TLDTS_DIR');
  process.exit(2);
}
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);
const trie = require(path.resolve(tldtsDir, 'dist/cjs/src/data/trie.js'));
const tldts = require(path.resolve(tldtsDir));
const tldtsVersion = JSON.parse(fs.readFileSync(path.join(tldtsDir, 'package.json'), 'utf8')).version;

// A small seeded generator (mulberry32), so that every run draws the same inputs.
let state = 20250615;
const random = () => {
  state = (state + 0x6d2b79f5) | 0;
  let t = Math.imul(state ^ (state >>> 15), 1 | state);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = (list) => list[Math.floor(random() * list.length)];
const write = (relative, text) => {
  const file = path.join(root, relative);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  console.log(`${relative}: ${text.split('\n').length - 1} lines`);
};

// 1. The public suffix list as tldts holds it: walk both tries, one line per rule.
const rules = [];
{
  const { nodeFlags, edgeStart, edgeLength, edgeChild, labelText, rulesRoot, exceptionsRoot } = trie;
  const offsets = new Uint32Array(edgeLength.length);
  for (let e = 0, o = 0; e < edgeLength.length; e++) {
    offsets[e] = o;
    o += edgeLength[e];
  }
  const walk = (node, labels, exception) => {
    for (let e = edgeStart[node]; e < edgeStart[node + 1]; e++) {
      const pathLabels = [labelText.substr(offsets[e], edgeLength[e]), ...labels];
      const child = edgeChild[e];
      const flags = nodeFlags[child];
      const rule = (exception ? '!' : '') + pathLabels.join('.');
      // Host patterns with a wildcard are ASCII by the server's character rule.
      if (flags && /^[\x21-\x7e]+$/.test(rule)) {
        rules.push(`${flags & 1 ? 'I' : ''}${flags & 2 ? 'P' : ''} ${rule}`);
      }
      walk(child, pathLabels, exception);
    }
  };
  walk(rulesRoot, [], false);
  walk(exceptionsRoot, [], true);
  rules.sort((a, b) => (a.slice(a.indexOf(' ')) < b.slice(b.indexOf(' ')) ? -1 : 1));
  write(
    'sdk-core/src/main/resources/dev/onecli4j/validation/public-suffixes.txt',
    `# Public Suffix List (https://publicsuffix.org/list/), Mozilla Public License 2.0
# (https://mozilla.org/MPL/2.0/): the ASCII rules of the copy tldts ${tldtsVersion} bundles.
# Recorded by tools/validation/dialect-verdicts.mjs; "I" ICANN section, "P" private section.
${rules.join('\n')}
`,
  );
}

// 2. RegExp: generated patterns rich in what JavaScript and java.util.regex read differently.
{
  const atoms = ['a', 'b', 'x', '0', '.', '\\d', '\\w', '\\s', '\\b', '\\B', '^', '$', '\\1', '\\2', '\\9', '\\0',
    '\\07', '\\k<a>', '\\k<b>', '\\k', '\\c', '\\cA', '\\c1', '\\x4', '\\x41', '\\u004', '\\u0041', '\\u{41}',
    '\\u{1F600}', '\\p{L}', '{', '}', ']', '{,3}', '{1', '{a}', '\\-', '\\/', '/', '%', '#', ' ', '\u00e9', '\\q',
    '\\Z', '\\A', '\\z', '\\G', '\\Q', '\\E', '\\h', '\\R', '\\N', '\\e', '\\a', '\\v', '\\8', '\\377', '\\400',
    '\ud83d\ude00', '\\ud83d', '-', ',', ':', '=', '!', '<', '>', '\\', '*', '+', '?', '{2}', '(?i)', '(?#c)', '++',
    ')', '\\(', '\\)', '\\[', '\\{'];
  const classAtoms = ['a', 'z', '0', '9', '-', '\\d', '\\w', '\\s', '\\b', '\\B', '\\k', '\\c', '\\c1', '\\c_',
    '\\cA', '\\0', '\\01', '\\8', '\\x41', '\\x4', '\\u0041', '\\u004', '\\u{41}', '\\p{L}', '[', '^', ']', '\\]',
    '\\-', '\\\\', '\ud83d\ude00', '\\ud83d\\ude00', '\\ud83d\\ude01', '\u00e9', '.', '$', '(', ')', '{', '}'];
  const quantifiers = ['', '', '', '', '*', '+', '?', '*?', '+?', '??', '{2}', '{2,}', '{2,3}', '{3,2}', '{0}',
    '{,2}', '{2}?', '*+', '++', '{99999999999}', '{3,99999999999}', '{99999999999,3}', '**', '{2}{3}'];
  const groups = ['(', '(?:', '(?=', '(?!', '(?<=', '(?<!', '(?<a>', '(?<b>', '(?<$_1>', '(?<1a>', '(?<>',
    '(?<a-b>', '(?<\u00e9>', '(?<\\u0061>', '(?<a\\u0062>', '(?<\\u{61}>', '(?<a\u200c>', '(?<\ud835\udc9c>',
    '(?<\\ud835\\udc9c>', '(?<\\u{1d49c}>', '(?i:', '(?-i:', '(?>', '(?P<a>', "(?'a'", '(?', '(?<a'];
  const node = (depth) => {
    const k = Math.floor(random() * 10);
    let s;
    if (depth > 3 || k < 5) {
      s = pick(atoms);
    } else if (k < 7) {
      s = random() < 0.25 ? '[^' : '[';
      const n = Math.floor(random() * 4);
      for (let j = 0; j < n; j++) s += pick(classAtoms) + (random() < 0.33 ? '-' : '');
      s += random() < 0.05 ? '' : ']';
    } else {
      s = pick(groups) + alternatives(depth + 1) + (random() < 0.04 ? '' : ')');
    }
    return s + pick(quantifiers);
  };
  const sequence = (depth) => {
    let s = '';
    const n = 1 + Math.floor(random() * 4);
    for (let j = 0; j < n; j++) s += node(depth);
    return s;
  };
  const alternatives = (depth) => {
    let s = sequence(depth);
    while (random() < 0.25) s += '|' + sequence(depth);
    return s;
  };
  const accepts = (p) => {
    try {
      new RegExp(p);
      return true;
    } catch {
      return false;
    }
  };
  // Every single token, then random patterns until both verdicts are well represented.
  const seen = new Set([...atoms, ...classAtoms.map((c) => `[${c}]`), ...groups.map((g) => `${g}a)`)]);
  const byVerdict = { true: [], false: [] };
  for (const p of seen) byVerdict[accepts(p)].push(p);
  while (byVerdict.true.length < 2000 || byVerdict.false.length < 2000) {
    const p = alternatives(0);
    if (seen.has(p) || p.length > 48) continue;
    seen.add(p);
    const list = byVerdict[accepts(p)];
    if (list.length < 2000) list.push(p);
  }
  const lines = [...byVerdict.true, ...byVerdict.false]
    .sort()
    .map((p) => JSON.stringify({ pattern: p, accepts: accepts(p) }));
  write('sdk-core/src/test/resources/dev/onecli4j/validation/regexp-verdicts.jsonl', lines.join('\n') + '\n');
}

// 3. Wildcards: "*.X" for listed suffixes, their neighbours and malformed variants.
{
  const covers = (pattern) => {
    const { domain, isIcann, isPrivate } = tldts.parse(pattern.slice(2), { allowPrivateDomains: true });
    return domain === null && (isIcann === true || isPrivate === true);
  };
  const listed = rules.map((line) => line.slice(line.indexOf(' ') + 1));
  const hosts = new Set(['localhost', 'local', 'internal', 'test', 'example', 'invalid', 'onion', 'home.arpa',
    'arpa', 'lan', 'corp', 'home', 'intranet', 'private', '1.2.3.4', '10.0.0.1', '127.0.0.1', '256.1.1.1',
    '1.2.3', '1.2.3.4.5', '0', '123', 'com', 'COM', 'com.', 'com..', '.com', '..com', 'co.uk', 'Co.Uk',
    'example.com', 's3.amazonaws.com', 'github.io', 'user.github.io', 'xn--p1ai', 'xn--80ak6aa92e.com',
    'xn--', '-com', 'com-', 'a--b.com', '.', '..', '-', 'a.-b.com', 'a-.com', 'x'.repeat(63) + '.com',
    'x'.repeat(64) + '.com', ('a.'.repeat(130)) + 'com']);
  while (hosts.size < 4000) {
    const rule = pick(listed).replace(/^!/, '');
    const labels = rule.split('.').map((l) => (l === '*' ? pick(['x', 'foo', 'www', '1']) : l));
    let h = labels.join('.');
    const r = random();
    if (r < 0.25) h = pick(['a', 'www', 'foo-bar', '0', 'x1']) + '.' + h;
    else if (r < 0.35) h = labels.slice(1).join('.') || h;
    else if (r < 0.45) h = h.toUpperCase();
    else if (r < 0.5) h += '.';
    else if (r < 0.55) h = '.' + h;
    else if (r < 0.6) h = '-' + h;
    hosts.add(h);
  }
  const lines = [...hosts]
    .filter((h) => /^[a-z0-9.-]+$/i.test(h))
    .sort()
    .map((h) => JSON.stringify({ pattern: `*.${h}`, covers: covers(`*.${h}`) }));
  write('sdk-core/src/test/resources/dev/onecli4j/validation/wildcard-verdicts.jsonl', lines.join('\n') + '\n');
}
