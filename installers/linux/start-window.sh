# Shared by smoke-test.sh and measure-startup.sh (sourced, not run): starts a packaged launcher
# headless with no network and a fresh home folder, waits for its main window, quits it with
# Ctrl+Q and checks it left its install folder untouched. Needs DISPLAY, xdotool, $work (a scratch
# folder) and $timeout_s; sets shown_line to the app's "main window shown in N ms" log line.
say() { echo "${0##*/}: $*" >&2; }

# No network: a private network namespace (as root, or in a user namespace where allowed).
isolate=()
if unshare -n true 2>/dev/null; then isolate=(unshare -n)
elif unshare -rn true 2>/dev/null; then isolate=(unshare -rn)
else say "cannot create a network namespace here; starting with the network (nothing is downloaded at run time anyway)"
fi

# start_and_close LAUNCHER APPDIR EXPECTED_TITLE_REGEX [ARGS...]: starts the launcher (with the home
# folder $start_home if set, else a fresh one), waits for a visible window whose title matches,
# quits with Ctrl+Q, checks the exit status and that nothing under APPDIR changed.
start_and_close() {
  local launcher="$1" appdir="$2" title="$3"; shift 3
  local home="${start_home:-}"
  [ -n "$home" ] || home="$(mktemp -d "$work/home.XXXX")"
  local log="$work/studio.log" marker="$work/marker"
  touch "$marker"; sleep 1
  say "starting $launcher $*"
  HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_CACHE_HOME="$home/.cache" \
    JAVA_TOOL_OPTIONS="-Duser.home=$home" PIXELSTUDIO_LOG_LEVEL=INFO \
    "${isolate[@]}" "$launcher" "$@" >"$log" 2>&1 &
  local pid=$! window="" waited=0
  while [ -z "$window" ]; do
    if ! kill -0 "$pid" 2>/dev/null; then
      say "FAIL: the app exited before showing its window"; cat "$log" >&2; return 1
    fi
    if [ "$waited" -ge $((timeout_s * 2)) ]; then
      say "FAIL: no window titled /$title/ within ${timeout_s}s"; cat "$log" >&2
      kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true; return 1
    fi
    window="$(xdotool search --onlyvisible --name "$title" 2>/dev/null | head -1 || true)"
    [ -n "$window" ] || { sleep 0.5; waited=$((waited + 1)); }
  done
  say "window shown: $(xdotool getwindowname "$window")"
  shown_line="$(grep -h "main window shown in" "$log" || true)"
  [ -n "$shown_line" ] || { say "FAIL: no 'main window shown' line"; cat "$log" >&2; kill "$pid"; return 1; }
  say "${shown_line#*: }"
  xdotool windowfocus --sync "$window" key --clearmodifiers ctrl+q
  local status=0
  for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
  if kill -0 "$pid" 2>/dev/null; then
    say "FAIL: still running 30s after Ctrl+Q"; kill "$pid"; wait "$pid" 2>/dev/null || true; cat "$log" >&2; return 1
  fi
  wait "$pid" || status=$?
  [ "$status" = 0 ] || { say "FAIL: exit status $status after Ctrl+Q"; cat "$log" >&2; return 1; }
  local written; written="$(find "$appdir" -newer "$marker" -print -quit)"
  [ -z "$written" ] || { say "FAIL: the app wrote into its install folder: $written"; return 1; }
  say "closed cleanly (exit 0), install folder untouched"
}

