#!/usr/bin/env bash
# Writes every output the engine gives on the seeds, the samples, the BBC corpus and the three dev sets into one folder,
# so a refactoring can be checked for identical output: run it before and after, then `diff -r -I '^time ' BEFORE AFTER`
# (the only line expected to differ is the grouping time that eval coverage prints).
# Usage: tools/output-snapshot/snapshot.sh OUT_DIR   (after `dotnet build NewsTools.sln -c Release`)
#        NEWSTOOLS_CLI=/path/to/newstools tools/output-snapshot/snapshot.sh OUT_DIR   (a published build)
set -uo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
out="${1:?usage: snapshot.sh OUT_DIR}"
mkdir -p "$out" && out="$(cd "$out" && pwd)"
# Paths relative to the checkout, so snapshots of two worktrees compare line for line.
cd "$root" || exit 1
abs="$(pwd)"
shared="../shared"
root="."
cli=("dotnet" "$(ls -d "$root"/src/NewsTools.Cli/bin/Release/net*/newstools.dll | head -1)")
# NEWSTOOLS_CLI names another build of the command (a published or native one) to snapshot instead.
if [ -n "${NEWSTOOLS_CLI:-}" ]; then cli=("$NEWSTOOLS_CLI"); fi
run() { # name, then the CLI arguments; stderr is kept too, since warnings are output
  local name="$1"; shift
  "${cli[@]}" "$@" >"$out/$name.out" 2>"$out/$name.err"; echo "exit $?" >>"$out/$name.err"
}
samples=("$root"/samples/*.txt "$root"/samples/*.html)
for verb in import quotes timex timeline group; do
  run "samples-$verb" "$verb" --format json --config "$root/samples/config/newstools.yaml" "${samples[@]}"
done
run samples-compare compare --group-by-event --format json --config "$root/samples/config/newstools.yaml" "${samples[@]}"
if [ -d "$shared/seeds" ]; then
  for verb in quotes timex timeline group; do run "seeds-$verb" "$verb" --format json "$shared"/seeds/*; done
  run seeds-compare compare --format json "$shared"/seeds/*
else echo "snapshot: $shared/seeds is absent; seeds skipped" >&2; fi
if [ -d "$shared/corpus/bbc-news-2225" ]; then
  for verb in quotes timex timeline group; do run "bbc-$verb" "$verb" --format json -r "$shared/corpus/bbc-news-2225"; done
else echo "snapshot: the BBC corpus is absent; skipped" >&2; fi
if [ -d "$shared/eval" ]; then
  run dev-quotes quotes --format json --jsonl "$shared/eval/quotes/dev.jsonl"
  run dev-timex timex --format json --jsonl "$shared/eval/time/dev.jsonl"
  run eval-quotes eval quotes "$shared/eval/quotes/dev.jsonl"
  run eval-time eval time "$shared/eval/time/dev.jsonl"
  run eval-coverage eval coverage "$shared/eval/coverage/dev.jsonl"
else echo "snapshot: $shared/eval is absent; dev sets skipped" >&2; fi
# import prints each file's full path: keep it relative to the checkout too.
sed -i "s#$abs/##g" "$out"/*
echo "snapshot written to $out"
