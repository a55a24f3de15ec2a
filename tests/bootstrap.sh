#!/bin/sh
# Installs what mindset needs on Debian 12 (as root) and builds it in build/.
# With --sanitize also builds build-asan/ with AddressSanitizer and UBSan.
set -eu
cd "$(dirname "$0")/.."

packages="build-essential cmake pkg-config libstemmer-dev libutf8proc-dev
libjansson-dev libcriterion-dev python3 parallel valgrind clang-format neovim vim"
missing=""
for p in $packages; do
    dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"
done
if [ -n "$missing" ]; then
    echo "installing:$missing"
    if [ "$(id -u)" -ne 0 ]; then
        echo "bootstrap: run as root (or install:$missing)" >&2
        exit 2
    fi
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null
fi

cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j"$(nproc)"
if [ "${1:-}" = "--sanitize" ]; then
    cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DMINDSET_SANITIZE=ON >/dev/null
    cmake --build build-asan -j"$(nproc)"
fi
