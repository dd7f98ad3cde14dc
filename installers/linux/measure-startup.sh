#!/usr/bin/env bash
# Measures the packaged studio's time to first window (the app's own "main window shown in N ms"
# line, counted from process start) on the app image built by `mvn -Pinstaller package`:
# RUNS cold starts (a fresh home folder each: first start, JavaFX natives extracted, preferences
# created; the page cache dropped first when running as root allows it) and RUNS warm starts
# (the same home folder again). Prints one line per start and the medians.
#
# usage: installers/linux/measure-startup.sh [RUNS] [IMAGE]   (defaults: 3, app/target/installer/image/pixelstudio)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
runs="${1:-3}"
image="${2:-$root/app/target/installer/image/pixelstudio}"
image="$(cd "$image" && pwd)"
if [ -z "${DISPLAY:-}" ]; then
  exec xvfb-run -a -s "-screen 0 1600x1000x24" "$0" "$runs" "$image"
fi
timeout_s="${SMOKE_TIMEOUT:-120}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# shellcheck source=start-window.sh
. "$root/installers/linux/start-window.sh"
title="Pixel Reasoner Studio .*/assets/sample/project\$"
ms() { sed -E 's/.*main window shown in ([0-9]+) ms.*/\1/' <<<"$1"; }
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
cold=() warm=()
for i in $(seq 1 "$runs"); do
  sync; { echo 3 > /proc/sys/vm/drop_caches; } 2>/dev/null || true
  start_home="$(mktemp -d "$work/cold.XXXX")"
  start_and_close "$image/bin/pixelstudio" "$image" "$title"
  cold+=("$(ms "$shown_line")"); echo "cold $i: ${shown_line#*: }"
done
start_home="$(mktemp -d "$work/warm.XXXX")"
start_and_close "$image/bin/pixelstudio" "$image" "$title"
for i in $(seq 1 "$runs"); do
  start_and_close "$image/bin/pixelstudio" "$image" "$title"
  warm+=("$(ms "$shown_line")"); echo "warm $i: ${shown_line#*: }"
done
echo "median cold: $(printf '%s\n' "${cold[@]}" | median) ms, warm: $(printf '%s\n' "${warm[@]}" | median) ms" \
  "(load average: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores)"
