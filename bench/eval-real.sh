#!/bin/sh
# Measures mindset on the real public posts in ../shared/data (research use only: read in
# place, never copied into the project). Needs a build in build/, or MINDSET=path/to/mindset;
# MINDSET_LEXICONS=DIR scores with --lexicons DIR instead of the built-in lexicons.
# English figures come twice: all posts, then the held-out fifth (i % 5 == 4) of record.
set -eu
cd "$(dirname "$0")/.."
python3 bench/eval_real.py "${MINDSET:-build/cli/mindset}" ../shared/data ${MINDSET_LEXICONS:+"$MINDSET_LEXICONS"}
