#!/bin/sh
# Validates the desktop entry and AppStream metadata, then builds the DEB and TGZ packages
# with CPack and checks that they hold the programs, the desktop entry, the metainfo and
# the icon.
set -eu
ROOT=$1 BUILD=$2
APP=io.github.berth.Berth
desktop-file-validate "$ROOT/installer/linux/$APP.desktop"
appstreamcli validate --no-net --pedantic "$ROOT/installer/linux/$APP.metainfo.xml"
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
(cd "$BUILD" && cpack -G "DEB;TGZ" -B "$OUT" >"$OUT/cpack.log" 2>&1) || { cat "$OUT/cpack.log"; exit 1; }
deb=$(ls "$OUT"/*.deb) tgz=$(ls "$OUT"/*.tar.gz)
dpkg-deb -c "$deb" > "$OUT/deb.txt"
tar -tzf "$tgz" > "$OUT/tgz.txt"
for f in bin/berth bin/berth-cli share/applications/$APP.desktop share/metainfo/$APP.metainfo.xml \
         share/icons/hicolor/scalable/apps/$APP.svg; do
  grep -q "/$f\$" "$OUT/deb.txt" || { echo "the .deb lacks $f"; exit 1; }
  grep -q "/$f\$" "$OUT/tgz.txt" || { echo "the .tar.gz lacks $f"; exit 1; }
done
dpkg-deb -f "$deb" Depends | grep -q libssh || { echo "the .deb does not depend on libssh"; exit 1; }
echo "packages OK: $(basename "$deb") ($(wc -c < "$deb") bytes), $(basename "$tgz")"
