#!/bin/sh
# Usage: run-fuzz.sh SOURCE_DIR [SECONDS]
# Builds the libFuzzer targets with clang (ASan + UBSan) in build/fuzz and runs each for a
# bounded time (SECONDS for the configuration loader, half of it each for the secrets parser and
# for what servers send) from a seed corpus (the demo project, the shared corpus when present,
# tests/fuzz/seeds), with a fixed seed so a run is repeatable. Any crash, leak, sanitizer report or timeout fails.
set -eu
ROOT=$1 SECONDS_PER_TARGET=${2:-60}
BUILD="$ROOT/build/fuzz"
CXX_FUZZ=$(command -v clang++-14 || command -v clang++ || true)
[ -n "$CXX_FUZZ" ] || { echo "clang++ is missing: install the clang-14 and libclang-rt-14-dev packages"; exit 1; }
cmake -S "$ROOT" -B "$BUILD" -G Ninja -DBERTH_FUZZ=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo \
      -DCMAKE_CXX_COMPILER="$CXX_FUZZ" >"$BUILD.log" 2>&1 || { cat "$BUILD.log"; exit 1; }
cmake --build "$BUILD" --target fuzz_config fuzz_secrets fuzz_remote >>"$BUILD.log" 2>&1 || { tail -40 "$BUILD.log"; exit 1; }

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

# fuzz TARGET SECONDS SEED_FILES...
fuzz() {
  target=$1 seconds=$2; shift 2
  mkdir -p "$WORK/$target"
  n=0
  for f in "$@"; do
    [ -f "$f" ] || continue
    n=$((n + 1)); cp "$f" "$WORK/$target/seed-$n"
  done
  echo "$target: $n seed files, ${seconds}s"
  status=0
  "$BUILD/tests/fuzz/$target" -seed=1 -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
      -max_len=65536 -print_final_stats=1 -artifact_prefix="$BUILD/" "$WORK/$target" \
      >"$WORK/$target.log" 2>&1 || status=$?
  if [ "$status" -ne 0 ]; then
    grep -v '^#[0-9]' "$WORK/$target.log" | tail -60
    exit "$status"
  fi
  grep -E '^(stat::number_of_executed_units|stat::peak_rss_mb)' "$WORK/$target.log" || tail -5 "$WORK/$target.log"
}

fuzz fuzz_config "$SECONDS_PER_TARGET" "$ROOT"/examples/demo/config/*.yml "$ROOT"/../shared/corpus/*/config__deploy*.yml
# Inputs that once failed a target stay in its seeds (tests/fuzz/regressions/<target>-…).
fuzz fuzz_secrets "$((SECONDS_PER_TARGET / 2))" "$ROOT"/examples/demo/.kamal/secrets "$ROOT"/../shared/corpus/*/.kamal__secrets* \
  "$ROOT"/tests/fuzz/regressions/secrets-*
# What servers send: S3 listings and errors, backup keys, health-check logs (tests/fuzz/seeds).
fuzz fuzz_remote "$((SECONDS_PER_TARGET / 2))" "$ROOT"/tests/fuzz/seeds/remote-* \
  "$ROOT"/tests/fuzz/regressions/remote-*
