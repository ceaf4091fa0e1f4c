#!/usr/bin/env bash
# Times `extract` builds on a folder of articles and cold start on the seed, each in fresh processes, and prints
# the load average beside each figure. Usage: run.sh CORPUS SEED NAME=TOOL_FOLDER... (TOOL_FOLDER: a `dotnet publish`
# output of samples/Extraction.Sample; COLD_RUNS=N fresh processes per build, THREADS="1 2" by default, THREADS= for
# the cold start only). Example, old vs new:
#   git -C /path/to/ea1adf4 ... && dotnet publish samples/Extraction.Sample -c Release -o /tmp/old-tool
#   dotnet publish samples/Extraction.Sample -c Release -o /tmp/new-tool
#   python3 samples/tool-benchmark/make-corpus.py /tmp/corpus
#   samples/tool-benchmark/run.sh /tmp/corpus seeds/000_f9fe413dbe5aa183.txt old=/tmp/old-tool new=/tmp/new-tool
set -euo pipefail
# A Native AOT publish is one executable; a ReadyToRun or JIT publish runs with `dotnet extract.dll`.
tool_cmd() { if [ -f "$1/extract.dll" ]; then cmd=(dotnet "$1/extract.dll"); else cmd=("$1/extract"); fi; }
corpus=$1; seed=$2; shift 2
runs=${COLD_RUNS:-10}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
load() { cut -d' ' -f1 /proc/loadavg; }
now() { date +%s.%N; }
# Cold start: the builds take turns (one fresh process of each per round), so a change of load hits them alike;
# wall time and the process's user+system CPU (from /usr/bin/time) per run.
for spec in "$@"; do tool_cmd "${spec#*=}"; "${cmd[@]}" "$seed" >/dev/null; done   # warm the file cache, not the process
l0=$(load)
for _ in $(seq "$runs"); do
  for spec in "$@"; do
    name=${spec%%=*}; dir=${spec#*=}
    tool_cmd "$dir"; t0=$(now); /usr/bin/time -f "%U %S" -o "$out/cpu" "${cmd[@]}" "$seed" >/dev/null; t1=$(now)
    echo "$t1 - $t0" | bc >> "$out/$name.wall"
    awk '{ print $1 + $2 }' "$out/cpu" >> "$out/$name.cpu"
  done
done
median() { sort -n "$1" | sed -n "$(( (runs + 1) / 2 ))p"; }
for spec in "$@"; do
  name=${spec%%=*}
  echo "$name cold start (seed, $runs runs, alternating): median $(median "$out/$name.wall") s, min $(sort -n "$out/$name.wall" | head -1) s, CPU median $(median "$out/$name.cpu") s, load $l0 -> $(load)"
done
# THREADS= (empty) runs the cold start only.
for threads in ${THREADS-1 2}; do
  for spec in "$@"; do
    name=${spec%%=*}; dir=${spec#*=}
    l0=$(load); t0=$(now)
    # User and system CPU beside the wall time: steadier than wall on a shared machine.
    tool_cmd "$dir"; /usr/bin/time -f "%U %S" -o "$out/cpu" "${cmd[@]}" "$corpus" -f jsonl --threads "$threads" -q -o "$out/$name.jsonl"
    t1=$(now)
    wall=$(echo "$t1 - $t0" | bc)
    docs=$(wc -l < "$out/$name.jsonl")
    echo "$name --threads $threads: $docs docs in $wall s, $(echo "$docs / $wall" | bc) docs/s, CPU user/sys $(tr ' ' / < "$out/cpu") s, load $l0 -> $(load)"
  done
  first=${1%%=*}
  for spec in "$@"; do cmp -s "$out/$first.jsonl" "$out/${spec%%=*}.jsonl" || echo "note: $first and ${spec%%=*} outputs differ"; done
done
