#!/usr/bin/env bash
# Runs the sample on every dev text and the seed, then scores the output with ../shared/devset/score.py.
# usage: tools/score-devset.sh [--tidy] [--verbose]
#   --tidy   score only the tidy texts dev-01..24 and the seed (the wire-copy texts dev-25..54 are left out)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
shared="$root/../shared"
gold="$shared/devset/gold"
if [[ "${1:-}" == "--tidy" ]]; then
  shift
  gold=$(mktemp -d)
  for f in "$shared"/devset/gold/*.gold.json; do
    n=$(basename "$f" .gold.json)
    case "$n" in dev-0*|dev-1*|dev-2[0-4]|000_*) cp "$f" "$gold/";; esac
  done
fi
out=$(mktemp -d)
dotnet run -c Release --project "$root/samples/Extraction.Sample" -- \
  "$shared"/devset/texts/*.txt "$root"/seeds/*.txt --output-dir "$out" >/dev/null
cd "$shared/devset"
python3 score.py "$gold" "$out" "$@"
