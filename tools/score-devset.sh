#!/usr/bin/env bash
# Runs the sample on every dev text and the seed, then scores the output with ../shared/devset/score.py.
# usage: tools/score-devset.sh [--verbose]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
shared="$root/../shared"
out=$(mktemp -d)
dotnet run -c Release --project "$root/samples/Extraction.Sample" -- \
  "$shared"/devset/texts/*.txt "$root"/seeds/*.txt --output-dir "$out" >/dev/null
cd "$shared/devset"
python3 score.py gold/ "$out" "$@"
