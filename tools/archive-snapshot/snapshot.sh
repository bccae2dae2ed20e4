#!/usr/bin/env bash
# Writes what `newstools archive add` reports and what `newstools archive query` and `archive changes` give back for one
# fixed sequence of runs (the samples; the BBC corpus in two halves, so the second half is grouped incrementally into the
# first; the samples again, now unchanged), with the time stamps of the run removed. Run it before and after a change to
# the archive meant to keep its results, then `diff -r BEFORE AFTER` must be empty.
# Usage: tools/archive-snapshot/snapshot.sh OUT_DIR   (after `dotnet build NewsTools.sln -c Release`; needs jq)
#        NEWSTOOLS_CLI=/path/to/newstools tools/archive-snapshot/snapshot.sh OUT_DIR   (a published build)
set -uo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
out="${1:?usage: snapshot.sh OUT_DIR}"
mkdir -p "$out" && out="$(cd "$out" && pwd)"
cd "$root" || exit 1
cli=("dotnet" "$(ls -d src/NewsTools.Cli/bin/Release/net*/newstools.dll | head -1)")
# NEWSTOOLS_CLI names another build of the command (a published or native one) to snapshot instead.
if [ -n "${NEWSTOOLS_CLI:-}" ]; then cli=("$NEWSTOOLS_CLI"); fi
db="$(mktemp -d)/news.db"
# The keys that hold when a run happened, not what it found.
strip='del(.. | objects | .Added?, .FirstSeen?, .Created?, .Since?, .Until?, .Time?)'
run() { # name, then the CLI arguments; JSON lines are kept without time stamps, stderr and the exit code too
  local name="$1"; shift
  "${cli[@]}" "$@" --format json 2>"$out/$name.err" | jq -c "$strip" >"$out/$name.out"; echo "exit ${PIPESTATUS[0]}" >>"$out/$name.err"
}
samples=(samples/*.txt samples/*.html)
run add-1-samples archive add --db "$db" "${samples[@]}"
bbc="../shared/corpus/bbc-news-2225"
if [ -d "$bbc" ]; then
  mapfile -t files < <(find "$bbc" -name '*.txt' ! -name 'README*' | LC_ALL=C sort)
  half=$(( ${#files[@]} / 2 ))
  run add-2-bbc-first-half archive add --db "$db" "${files[@]:0:half}"
  run add-3-bbc-second-half archive add --db "$db" "${files[@]:half}"
else echo "archive snapshot: the BBC corpus is absent; only the samples are stored" >&2; fi
run add-4-samples-again archive add --db "$db" "${samples[@]}"
for kind in Article Quote TimeExpression TimelineEvent Event Revision; do run "query-$kind" archive query --db "$db" --kind "$kind"; done
run query-speaker archive query --db "$db" --kind Quote --speaker "Tony Blair"
run changes archive changes --db "$db" --since 2000-01-01
rm -rf "$(dirname "$db")"
echo "archive snapshot written to $out"
