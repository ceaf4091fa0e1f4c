#!/usr/bin/env bash
# Times `extract` builds on a folder of articles and cold start on the seed, each in fresh processes, and prints
# the load average beside each figure. Usage: run.sh CORPUS SEED NAME=TOOL_FOLDER... (TOOL_FOLDER: a `dotnet publish`
# output of samples/Extraction.Sample). Example, old vs new:
#   git -C /path/to/ea1adf4 ... && dotnet publish samples/Extraction.Sample -c Release -o /tmp/old-tool
#   dotnet publish samples/Extraction.Sample -c Release -o /tmp/new-tool
#   python3 samples/tool-benchmark/make-corpus.py /tmp/corpus
#   samples/tool-benchmark/run.sh /tmp/corpus seeds/000_f9fe413dbe5aa183.txt old=/tmp/old-tool new=/tmp/new-tool
set -euo pipefail
corpus=$1; seed=$2; shift 2
runs=${COLD_RUNS:-10}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
load() { cut -d' ' -f1 /proc/loadavg; }
now() { date +%s.%N; }
for spec in "$@"; do
  name=${spec%%=*}; dir=${spec#*=}
  dotnet "$dir/extract.dll" "$seed" >/dev/null   # warm the file cache, not the process
  times=()
  for _ in $(seq "$runs"); do
    t0=$(now); dotnet "$dir/extract.dll" "$seed" >/dev/null; t1=$(now)
    times+=("$(echo "$t1 - $t0" | bc)")
  done
  sorted=$(printf '%s\n' "${times[@]}" | sort -n)
  echo "$name cold start (seed, $runs runs): median $(echo "$sorted" | sed -n "$(( (runs + 1) / 2 ))p") s, min $(echo "$sorted" | head -1) s, load $(load)"
done
for threads in ${THREADS:-1 2}; do
  for spec in "$@"; do
    name=${spec%%=*}; dir=${spec#*=}
    l0=$(load); t0=$(now)
    # User and system CPU beside the wall time: steadier than wall on a shared machine.
    /usr/bin/time -f "%U %S" -o "$out/cpu" dotnet "$dir/extract.dll" "$corpus" -f jsonl --threads "$threads" -q -o "$out/$name.jsonl"
    t1=$(now)
    wall=$(echo "$t1 - $t0" | bc)
    docs=$(wc -l < "$out/$name.jsonl")
    echo "$name --threads $threads: $docs docs in $wall s, $(echo "$docs / $wall" | bc) docs/s, CPU user/sys $(tr ' ' / < "$out/cpu") s, load $l0 -> $(load)"
  done
  first=${1%%=*}
  for spec in "$@"; do cmp -s "$out/$first.jsonl" "$out/${spec%%=*}.jsonl" || echo "note: $first and ${spec%%=*} outputs differ"; done
done
