#!/usr/bin/env bash
# Regenerates the installer icons from pixelstudio.svg with ImageMagick (6 or 7): a PNG for Linux,
# a multi-size ICO for Windows and an ICNS for macOS (assembled here from PNG entries, because
# ImageMagick does not write ICNS). The outputs are committed; run this only after changing the SVG.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
im=convert
command -v magick >/dev/null 2>&1 && im="magick"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
render() { # size output
  "$im" -background none -density 96 pixelstudio.svg -resize "$1x$1" -strip "PNG32:$2"
}
for size in 16 32 48 64 128 256 512 1024; do
  render "$size" "$tmp/$size.png"
done
cp "$tmp/256.png" ../linux/pixelstudio.png
"$im" "$tmp/16.png" "$tmp/32.png" "$tmp/48.png" "$tmp/64.png" "$tmp/128.png" "$tmp/256.png" ../windows/pixelstudio.ico

be32() { # writes $1 as a 4-byte big-endian integer
  printf "$(printf '\\x%02x\\x%02x\\x%02x\\x%02x' $(($1 >> 24 & 255)) $(($1 >> 16 & 255)) $(($1 >> 8 & 255)) $(($1 & 255)))"
}
entries="$tmp/entries"
: > "$entries"
# ICNS types holding PNG data: ic07 128, ic08 256, ic09 512, ic10 1024 (512@2x) pixels.
for pair in ic07:128 ic08:256 ic09:512 ic10:1024; do
  type="${pair%%:*}"; png="$tmp/${pair##*:}.png"
  { printf '%s' "$type"; be32 $(( $(wc -c < "$png") + 8 )); cat "$png"; } >> "$entries"
done
{ printf 'icns'; be32 $(( $(wc -c < "$entries") + 8 )); cat "$entries"; } > ../macos/pixelstudio.icns
echo "icons written: linux/pixelstudio.png windows/pixelstudio.ico macos/pixelstudio.icns"
