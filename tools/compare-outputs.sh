#!/usr/bin/env bash
# Writes the JSON of every dev text, every seed and the generated benchmark documents (40 KB and 1 MB of the size
# series), so that a refactoring can be checked byte for byte against the build before it.
# usage: tools/compare-outputs.sh snapshot OUTDIR      (after a Release build of the sample)
#        tools/compare-outputs.sh compare BEFORE AFTER  (diff -r; exit 1 when any output differs)
# The generated documents come from `dotnet run -c Release --project tests/Extraction.Benchmarks -- series-inputs DIR`;
# set GEN_DIR to that folder (default: a temporary folder generated on the first run).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
shared="$root/../shared"
case "${1:-}" in
  snapshot)
    out=$2; rm -rf "$out"; mkdir -p "$out"
    gen=${GEN_DIR:-${TMPDIR:-/tmp}/extraction-series}
    if [[ ! -f "$gen/s01m.txt" ]]; then
      dotnet run -c Release --project "$root/tests/Extraction.Benchmarks" -- series-inputs "$gen" >/dev/null
    fi
    dotnet run --no-build -c Release --project "$root/samples/Extraction.Sample" -- \
      "$shared"/devset/texts/*.txt "$root"/seeds/*.txt "$gen/s0040k.txt" "$gen/s01m.txt" --output-dir "$out" >/dev/null
    echo "$(ls "$out" | wc -l) outputs in $out"
    ;;
  compare)
    if diff -rq "$2" "$3"; then echo "identical: $(ls "$2" | wc -l) outputs"; else exit 1; fi
    ;;
  *) sed -n 2,7p "$0"; exit 2;;
esac
