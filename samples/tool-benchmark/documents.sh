#!/usr/bin/env bash
# Times one `extract` build on single large documents, each in a fresh process: wall time and peak RSS (from
# /usr/bin/time), with the load average beside each run. Usage: documents.sh TOOL_FOLDER FILE... (RUNS=N per file,
# default 2). The size series comes from
#   dotnet run -c Release --project tests/Extraction.Benchmarks -- series-inputs DIR
# e.g. documents.sh /tmp/new-tool DIR/s02m.txt DIR/s10m.txt: the 10 MB / 2 MB cost is (wall - start-up) / (wall - start-up).
set -euo pipefail
# A Native AOT publish is one executable; a ReadyToRun or JIT publish runs with `dotnet extract.dll`.
tool_cmd() { if [ -f "$1/extract.dll" ]; then cmd=(dotnet "$1/extract.dll"); else cmd=("$1/extract"); fi; }
tool=$1; shift
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
for file in "$@"; do
  for run in $(seq "${RUNS:-2}"); do
    load=$(cut -d' ' -f1 /proc/loadavg)
    tool_cmd "$tool"; /usr/bin/time -f "%e %M" -o "$out/time" "${cmd[@]}" "$file" -q -o "$out/result.json"
    read -r wall peak < "$out/time"
    echo "$(basename "$file") ($(wc -c < "$file") bytes) run $run: $wall s wall, $((peak / 1024)) MB peak RSS, load $load"
  done
done
