# Sourced by the bench scripts: runs one build step quietly, and on failure prints the step's own error output
# (the tail of its log) instead of exiting silently, so a bench that cannot build says why.
build_step() {
  local what="$1"; shift
  local log; log=$(mktemp)
  echo "==> $what"
  if ! "$@" >"$log" 2>&1; then
    grep -E 'ERROR|FAIL|Could not' "$log" | head -20 || true
    echo "---- last lines of the build output ----"; tail -30 "$log"
    echo "bench: build step failed: $what" >&2
    rm -f "$log"; exit 1
  fi
  rm -f "$log"
}

# The latest closed quarter in China's time (YYYYQn): the demo ends on the day it is loaded, so the quarter before
# today's is the latest one that holds a full quarter of data. Benches default to it; none hard-codes a quarter.
latest_closed_quarter() {
  local y m q
  y=$(TZ=Asia/Shanghai date +%Y); m=$(TZ=Asia/Shanghai date +%-m); q=$(( (m - 1) / 3 + 1 ))
  if [ "$q" = 1 ]; then echo "$((y - 1))Q4"; else echo "${y}Q$((q - 1))"; fi
}
