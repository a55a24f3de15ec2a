#!/bin/sh
# Every C file is formatted with the project's .clang-format.
set -eu
cd "$(dirname "$0")/.."
clang-format --dry-run --Werror engine/src/*.c engine/src/*.h engine/include/*.h \
    cli/*.c cli/*.h tests/*.c tests/*.h fuzz/*.c
echo "ok: formatting"
