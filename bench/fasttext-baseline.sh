#!/bin/sh
# fastText baselines beside mindset on the labelled corpora and the real posts (issue 4).
# Needs a build in build/ and the Debian package fasttext (apt-get install fasttext).
set -eu
cd "$(dirname "$0")/.."
command -v fasttext >/dev/null || { echo "fasttext is not installed: apt-get install fasttext"; exit 2; }
python3 bench/fasttext_baseline.py build/cli/mindset ../shared/data
