#!/bin/sh
# Fails when translations/*.ts miss strings that are in the sources, keep strings that are
# gone, or when a non-English translation has unfinished entries.
# Fix with: cmake --build <build dir> --target update_translations, then translate in Linguist.
set -eu
LUPDATE=$1 ROOT=$2
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
status=0
for ts in "$ROOT"/translations/berth_*.ts; do
  name=$(basename "$ts")
  cp "$ts" "$TMP/$name"
  # Same options as the update_translations target (see src/CMakeLists.txt).
  out=$("$LUPDATE" -locations none -no-obsolete -extensions cpp,h,ui "$ROOT/src" "$ROOT/ui" -ts "$TMP/$name" 2>&1)
  echo "$out" | grep -q ' (0 new and ' || { echo "$name is missing strings from the sources:"; echo "$out"; status=1; }
  if echo "$out" | grep -q 'Removed [1-9]'; then echo "$name keeps strings the sources no longer have:"; echo "$out"; status=1; fi
  case "$name" in
    berth_en.ts) ;;
    *) if grep -q 'type="unfinished"' "$ts"; then
         echo "$name has untranslated entries:"; grep -B3 'type="unfinished"' "$ts" | grep '<source>' | head -20
         status=1
       fi ;;
  esac
  echo "$name: $(grep -c '<message' "$ts") messages"
done
exit $status
