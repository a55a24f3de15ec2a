#!/bin/sh
# Rewrites expected.out/.err/.code of every golden case (or of the names given) from the
# current build. Review the diff before committing: the `verdict` files are not touched.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
bin=${MINDSET:-$here/../../build/cli/mindset}
case "$bin" in /*) ;; */*) bin=$(pwd)/$bin ;; esac # run_case.sh runs inside each case
if [ $# -eq 0 ]; then set -- "$here"/cases/*; fi
for c in "$@"; do
    case "$c" in /*) ;; *) c=$here/cases/$c ;; esac
    sh "$here/run_case.sh" "$bin" "$c" --regen
done
