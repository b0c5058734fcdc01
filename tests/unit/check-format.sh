#!/bin/sh
# Fails when a C++ file differs from what clang-format (with the project's .clang-format) makes
# of it. Fix with: cmake --build <build dir> --target format
set -eu
ROOT=$1
cd "$ROOT"
command -v clang-format >/dev/null || { echo "clang-format is missing: install the clang-format package"; exit 1; }
files=$(git ls-files --cached --others --exclude-standard '*.cpp' '*.h' 2>/dev/null || find src tests bench -name '*.cpp' -o -name '*.h')
[ -n "$files" ] || { echo "no C++ files found under $ROOT"; exit 1; }
# shellcheck disable=SC2086
clang-format --dry-run --Werror $files
echo "clang-format: $(echo "$files" | wc -l) files clean"
