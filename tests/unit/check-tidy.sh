#!/bin/sh
# Runs clang-tidy (checks in .clang-tidy, every finding an error) over Berth's own sources,
# using the build's compile_commands.json. Generated code (moc, uic) is not checked.
set -eu
ROOT=$1 BUILD=$2
command -v run-clang-tidy >/dev/null || { echo "run-clang-tidy is missing: install the clang-tidy package"; exit 1; }
OUT=$(mktemp)
trap 'rm -f "$OUT"' EXIT
# The file regex is matched against absolute paths: only files under <root>/src and <root>/bench.
if run-clang-tidy -p "$BUILD" -quiet -j "$(nproc)" "^$ROOT/(src|bench)/" >"$OUT" 2>&1; then
  echo "clang-tidy: clean ($(grep -c '"file"' "$BUILD/compile_commands.json") translation units in the build)"
else
  grep -E 'error:|warning:' "$OUT" | sort -u
  exit 1
fi
