#!/usr/bin/env bash
# Cold and warm runs of the CLI over a copy of FOLDER, RUNS times each (default 3):
#   cold = an empty cache folder, filled by the run;
#   warm = the same cache, after one article of the copy gained a sentence.
# Prints each pair and the warm run as a share of the cold one. Build first:
#   dotnet build -c Release src/FactCheck.Cli
# or, to time the published (ReadyToRun) CLI, publish it and name its dll in FACTCHECK_CLI:
#   dotnet publish src/FactCheck.Cli -c Release -r linux-x64 -o out/factcheck
#   FACTCHECK_CLI=out/factcheck/factcheck.dll bench/warm-run.sh FOLDER
# Usage: bench/warm-run.sh FOLDER [RUNS]
set -euo pipefail
folder=${1:?usage: bench/warm-run.sh FOLDER [RUNS]}
runs=${2:-3}
here=$(cd "$(dirname "$0")/.." && pwd)
cli="${FACTCHECK_CLI:-$here/src/FactCheck.Cli/bin/Release/net10.0/factcheck.dll}"
[ -f "$cli" ] || { echo "build first: dotnet build -c Release src/FactCheck.Cli" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

seconds() { /usr/bin/time -f "%e %M" -o "$work/time" dotnet "$cli" check "$@" > /dev/null 2>&1 || true; cat "$work/time"; }

for run in $(seq 1 "$runs"); do
  rm -rf "$work/copy" "$work/cache"
  cp -r "$folder" "$work/copy"
  read -r cold cold_kb < <(seconds "$work/copy" --cache-dir "$work/cache" -o "$work/cold.md")
  article=$(find "$work/copy" -type f -name '*.txt' | sort | awk 'NR == 1000 || NR == 1 { f = $0 } END { print f }')
  echo "A further sentence on 4 March 2025 said 42 people came." >> "$article"
  read -r warm warm_kb < <(seconds "$work/copy" --cache-dir "$work/cache" -o "$work/warm.md")
  dotnet "$cli" check "$work/copy" --no-cache -o "$work/nocache.md" > /dev/null 2>&1 || true
  same=$(cmp -s "$work/warm.md" "$work/nocache.md" && echo "same report as --no-cache" || echo "REPORT DIFFERS from --no-cache")
  awk -v r="$run" -v c="$cold" -v w="$warm" -v ck="$cold_kb" -v wk="$warm_kb" -v s="$same" \
    'BEGIN { printf "run %d: cold %.2f s (%d MB), warm %.2f s (%d MB) = %.0f %% of cold; %s\n", r, c, ck / 1024, w, wk / 1024, 100 * w / c, s }'
done
