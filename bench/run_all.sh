#!/bin/sh
# Run every benchmark in turn: validate (100, 1,000, 3,000 materi), build, search and preview (1,000).
# Each writes bench/out/<name>.json; the exit status is 1 when any target was missed.
# Use the project's environment: PYTHON=/path/to/venv/bin/python bench/run_all.sh
set -u
cd "$(dirname "$0")/.."
PY=${PYTHON:-python}
status=0
"$PY" bench/validate_bench.py || status=1
"$PY" bench/build_bench.py || status=1
"$PY" bench/search_bench.py || status=1
"$PY" bench/preview_bench.py || status=1
exit $status
