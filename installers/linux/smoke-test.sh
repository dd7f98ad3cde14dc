#!/usr/bin/env bash
# Installer smoke test (CI runs it after bin/test): builds the Linux app image and .deb with
# `mvn -Pinstaller package`, starts the app image with no network and a fresh home folder under a
# virtual X server, waits until its main window shows the bundled sample project, closes it with
# the Quit shortcut and checks it exited cleanly without writing into its install folder; then
# installs the .deb with dpkg, starts the installed launcher on the sample's .pxstudio link (as a
# file association would), closes it and removes the package. Fails when a window does not appear.
#
# usage: installers/linux/smoke-test.sh [--no-build] [--image DIR] [--skip-deb]
#   --no-build   use the image and .deb already under app/target/installer
#   --image DIR  test this app image instead (implies --no-build)
#   --skip-deb   test the app image only
# Environment: SMOKE_TIMEOUT (seconds to wait for the window, default 120).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
installer="$root/app/target/installer"
build=1 deb=1 image="$installer/image/pixelstudio" args=("$@")
while [ $# -gt 0 ]; do
  case "$1" in
    --no-build) build=0 ;;
    --image) image="$(cd "$2" && pwd)"; build=0; shift ;;
    --skip-deb) deb=0 ;;
    *) echo "smoke-test: unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
if [ -z "${DISPLAY:-}" ]; then
  exec xvfb-run -a -s "-screen 0 1600x1000x24" "$0" "${args[@]}"
fi
for tool in xdotool; do
  command -v "$tool" >/dev/null || { echo "smoke-test: $tool is missing (apt-get install $tool)" >&2; exit 2; }
done
timeout_s="${SMOKE_TIMEOUT:-120}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# shellcheck source=start-window.sh
. "$root/installers/linux/start-window.sh"

if [ "$build" = 1 ]; then
  say "building the app image and packages (mvn -Pinstaller package)"
  (cd "$root" && mvn -B -q -Pinstaller -DskipTests package -pl trace-model,trainer-bridge,app)
fi
[ -x "$image/bin/pixelstudio" ] || { say "FAIL: no app image at $image"; exit 1; }
say "app image: $(du -sh "$image" | cut -f1)"
start_and_close "$image/bin/pixelstudio" "$image" "Pixel Reasoner Studio .*/assets/sample/project\$"

[ "$deb" = 1 ] || { say "PASS (app image only)"; exit 0; }
package="$(ls "$installer"/packages/pixelstudio_*.deb 2>/dev/null | head -1 || true)"
[ -n "$package" ] || { say "FAIL: no .deb under $installer/packages (is dpkg-deb installed?)"; exit 1; }
as_root=()
if [ "$(id -u)" != 0 ]; then
  if sudo -n true 2>/dev/null; then as_root=(sudo -n)
  else say "SKIP .deb install: not root and no password-less sudo (app image PASSED)"; exit 0
  fi
fi
# jpackage's post-install registers the menu entry and MIME type with xdg-utils, which refuses to
# run where the menu folders a desktop system has are missing (a bare CI container).
for folder in /etc/xdg/menus/applications-merged /usr/share/applications /usr/share/desktop-directories; do
  [ -d "$folder" ] || "${as_root[@]}" mkdir -p "$folder"
done
say ".deb: $(du -h "$package" | cut -f1) $(basename "$package")"
trap '"${as_root[@]}" dpkg --purge pixelstudio >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
"${as_root[@]}" dpkg -i "$package" >&2
installed=/opt/pixelstudio
[ -x "$installed/bin/pixelstudio" ] || { say "FAIL: $installed/bin/pixelstudio not installed"; exit 1; }
ls /usr/share/applications/*pixelstudio*.desktop >/dev/null 2>&1 || { say "FAIL: no menu entry registered"; exit 1; }
grep -qs '^Exec=/opt/pixelstudio/bin/pixelstudio %[fF]$' /usr/share/applications/*pixelstudio*.desktop \
  || { say "FAIL: the menu entry does not pass the opened file to the launcher"; exit 1; }
grep -rqs "application/x-pixelstudio-project" /usr/share/mime/packages/ \
  || { say "FAIL: MIME type application/x-pixelstudio-project not registered"; exit 1; }
say "menu entry: $(ls /usr/share/applications/*pixelstudio*.desktop), MIME type registered"
start_and_close "$installed/bin/pixelstudio" "$installed" "Pixel Reasoner Studio .*/assets/sample/project\$" \
  "$installed/lib/app/assets/sample/sample.pxstudio"
"${as_root[@]}" dpkg --purge pixelstudio >&2
[ ! -e "$installed" ] || { say "FAIL: $installed left behind by dpkg --purge"; exit 1; }
say "PASS (app image and .deb)"
