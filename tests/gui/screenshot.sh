#!/bin/sh
# Usage: screenshot.sh BERTH PROJECT OUT.png light|dark
# Starts the real berth executable on a real X server at 1280x800, lets it save a picture of
# its main window, and checks the picture: right size, and not a blank surface. Uses the test
# environment's Xvfb when BERTH_TEST_DISPLAY is set, else a private one through xvfb-run.
set -eu
BERTH=$1 PROJECT=$2 OUT=$3 SCHEME=$4
if [ -n "${BERTH_TEST_DISPLAY:-}" ]; then
  DISPLAY=$BERTH_TEST_DISPLAY
elif [ -z "${_BERTH_IN_XVFB:-}" ]; then
  command -v xvfb-run >/dev/null || { echo "xvfb-run is missing: install the xvfb package"; exit 1; }
  _BERTH_IN_XVFB=1 exec xvfb-run -a -s '-screen 0 1280x800x24' "$0" "$@"
fi
export DISPLAY
mkdir -p "$(dirname "$OUT")"
rm -f "$OUT"
# A fresh settings folder: the picture must not depend on a developer's saved window state.
CONFIG_HOME=$(mktemp -d)
trap 'rm -rf "$CONFIG_HOME"' EXIT
XDG_CONFIG_HOME="$CONFIG_HOME" QT_QPA_PLATFORM=xcb \
  "$BERTH" --size 1280x800 --color-scheme "$SCHEME" --screenshot "$OUT" "$PROJECT"
[ -s "$OUT" ] || { echo "no screenshot was written to $OUT"; exit 1; }
# PNG header: width and height are big-endian 32-bit integers at bytes 16..23.
dims=$(od -An -tu1 -j16 -N8 "$OUT" |
       awk '{printf "%d %d", $1*16777216+$2*65536+$3*256+$4, $5*16777216+$6*65536+$7*256+$8}')
[ "$dims" = "1280 800" ] || { echo "screenshot is $dims, expected 1280 800"; exit 1; }
# A window with text, icons and a sidebar compresses far worse than a flat colour (~5 KB).
size=$(wc -c < "$OUT")
[ "$size" -gt 30000 ] || { echo "screenshot is only $size bytes: the window looks blank"; exit 1; }
echo "screenshot $OUT: $dims, $size bytes"
