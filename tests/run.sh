#!/bin/sh
# Runs the whole test suite: unit tests and golden CLI cases, first on the normal build,
# then under AddressSanitizer + UndefinedBehaviorSanitizer. Run tests/bootstrap.sh first.
set -eu
cd "$(dirname "$0")/.."
echo "== tests (release build)"
ctest --test-dir build --output-on-failure
echo "== tests (ASan + UBSan)"
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
    ctest --test-dir build-asan --output-on-failure
