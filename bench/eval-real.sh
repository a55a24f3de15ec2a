#!/bin/sh
# Measures mindset on the real public posts in ../shared/data (research use only: read in
# place, never copied into the project). Needs a build in build/.
set -eu
cd "$(dirname "$0")/.."
python3 bench/eval_real.py build/cli/mindset ../shared/data
