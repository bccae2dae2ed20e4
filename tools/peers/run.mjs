// The peers `newstools bench` compares against, run the way a user would run them: one node process over files.
//   node run.mjs chrono|compromise PATH...        whole process: read each file (folders recursively), write JSON Lines
//   node run.mjs chrono|compromise --bench PATH... in process: texts in memory, passes until the speed settles, one line of figures
// chrono-node finds time expressions (against each file's modification date, as newstools falls back to); compromise's
// quotations() is its quote finder.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as chrono from 'chrono-node';
import nlp from 'compromise';

const [library, ...rest] = process.argv.slice(2);
const bench = rest[0] === '--bench';
const paths = bench ? rest.slice(1) : rest;

const extractors = {
  chrono: (text, date) => chrono.parse(text, date).map(r => ({ start: r.index, text: r.text, value: r.start.date().toISOString() })),
  compromise: text => nlp(text).quotations().json().map(q => ({ text: q.text })),
};
const extract = extractors[library];
if (!extract || paths.length === 0) {
  process.stderr.write('usage: node run.mjs chrono|compromise [--bench] PATH...\n');
  process.exit(2);
}

function* files(path) {
  if (statSync(path).isDirectory()) {
    for (const name of readdirSync(path).sort()) {
      yield* files(join(path, name));
    }
  } else {
    yield path;
  }
}

const all = paths.flatMap(p => [...files(p)]);
if (!bench) {
  const out = [];
  for (const file of all) {
    const date = statSync(file).mtime;
    for (const item of extract(readFileSync(file, 'utf8'), date)) {
      out.push(JSON.stringify({ file, ...item }));
    }
    if (out.length > 512) {
      process.stdout.write(out.join('\n') + '\n');
      out.length = 0;
    }
  }
  if (out.length > 0) {
    process.stdout.write(out.join('\n') + '\n');
  }
} else {
  // Same settling rule as the bench: passes until two in a row agree within 5% (at least 3 s, at most 20 s), then 3 timed rounds.
  const texts = all.map(f => readFileSync(f, 'utf8'));
  const bytes = all.reduce((n, f) => n + statSync(f).size, 0);
  const date = new Date(Date.UTC(2005, 0, 1));
  const pass = () => {
    const cpu = process.cpuUsage();
    const t = process.hrtime.bigint();
    for (const text of texts) {
      extract(text, date);
    }
    const c = process.cpuUsage(cpu);
    return { wall: Number(process.hrtime.bigint() - t) / 1e9, cpu: (c.user + c.system) / 1e6 };
  };
  const started = Date.now();
  let previous = Infinity;
  let cold = 0;
  for (let i = 0; ; i++) {
    const { wall } = pass();
    if (i === 0) cold = wall;
    const elapsed = (Date.now() - started) / 1000;
    if ((elapsed >= 3 && Math.abs(wall - previous) <= 0.05 * wall) || elapsed >= 20) break;
    previous = wall;
  }
  let wall = Infinity, cpu = Infinity;
  for (let i = 0; i < 3; i++) {
    const r = pass();
    wall = Math.min(wall, r.wall);
    cpu = Math.min(cpu, r.cpu);
  }
  process.stdout.write(JSON.stringify({ library, files: all.length, bytes, mbPerWallSecond: bytes / 1e6 / wall, mbPerCpuSecond: bytes / 1e6 / cpu, coldMbPerSecond: bytes / 1e6 / cold }) + '\n');
}
