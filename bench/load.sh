#!/usr/bin/env bash
# Load test of 'newskg serve' on this machine (loopback only), with wrk (Debian package 'wrk').
#
#   bench/load.sh [--store DIR] [--duration 60s] [--connections 32] [--threads 2] [--max-rows N]
#
# Uses the store DIR (default store/), building it from seeds/ with './newskg build' when it holds
# no store yet; starts './newskg serve' on a free 127.0.0.1 port; runs wrk for the duration with the
# connections, each request the next of the saved queries in turn, once as GET /queries/NAME and once
# as a POST of its text to /newskg/sparql (bench/rotate.lua); prints requests per second, the p50 and
# p99 latency and the error count (non-2xx answers and socket errors; the target is zero); stops the
# server. Not part of the test suite (docs/PERFORMANCE.md, "Load on the SPARQL endpoint"). Exits 1
# when there were errors.
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
store="$home/store" duration=60s connections=32 threads=2 max_rows=""
while [ $# -gt 0 ]; do
  case "$1" in
    --store) store="$(realpath -m "$2")"; shift 2 ;;
    --duration) duration="$2"; shift 2 ;;
    --connections) connections="$2"; shift 2 ;;
    --threads) threads="$2"; shift 2 ;;
    --max-rows) max_rows="$2"; shift 2 ;;
    -h|--help) sed -n '2,12p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "load.sh: unknown argument '$1' (see --help)" >&2; exit 2 ;;
  esac
done
command -v wrk >/dev/null || { echo "load.sh: needs wrk: apt-get install -y wrk" >&2; exit 1; }

if [ ! -d "$store/Data-0001" ]; then
  echo "load.sh: no store at $store; building it from seeds/ (CoreNLP: a few minutes) ..." >&2
  "$home/newskg" build "$home/seeds" --store "$store"
fi

work="$(mktemp -d)"
server_pid=""
cleanup() {
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

serve_args=(serve --store "$store" --host 127.0.0.1 --port 0)
[ -n "$max_rows" ] && serve_args+=(--max-rows "$max_rows")
"$home/newskg" "${serve_args[@]}" >"$work/serve.log" 2>&1 &
server_pid=$!
url=""
for _ in $(seq 1 600); do    # up to 5 minutes: the launcher may build the project first
  url=$(sed -n 's/^newskg serve: serving .* at \(http:[^ ]*\)$/\1/p' "$work/serve.log" | head -n 1)
  [ -n "$url" ] && break
  kill -0 "$server_pid" 2>/dev/null || { cat "$work/serve.log" >&2; echo "load.sh: the server did not start" >&2; exit 1; }
  sleep 0.5
done
[ -n "$url" ] || { cat "$work/serve.log" >&2; echo "load.sh: no 'serving' line from the server" >&2; exit 1; }
curl -fsS "${url}\$/ping" >/dev/null 2>&1 || true

names=()
for f in "$home"/queries/*.rq; do names+=("$(basename "$f" .rq)"); done
echo "load.sh: $url, ${#names[@]} saved queries x 2 ways, $connections connections, $threads threads, $duration" >&2

(cd "$home" && wrk --latency --timeout 35s -t "$threads" -c "$connections" -d "$duration" \
  -s "$home/bench/rotate.lua" "${url%/}" -- "$home/queries" "${names[@]}") | tee "$work/wrk.out"

line=$(grep '^NEWSKG-LOAD ' "$work/wrk.out" || true)
[ -n "$line" ] || { echo "load.sh: wrk printed no summary" >&2; exit 1; }
# NEWSKG-LOAD requests seconds rps p50_ms p99_ms errors non2xx connect read write timeout
read -r _ requests seconds rps p50 p99 errors non2xx connect readerr writeerr timeout <<<"$line"
grep -q "ERROR" "$work/serve.log" && { echo "load.sh: the server logged errors:" >&2; grep -A3 "ERROR" "$work/serve.log" | head -20 >&2; }
printf '\nNewsKG load: %s requests in %s s over %s connections: %s req/s, p50 %s ms, p99 %s ms, errors %s (non-2xx %s; socket: connect %s, read %s, write %s, timeout %s)\n' \
  "$requests" "$seconds" "$connections" "$rps" "$p50" "$p99" "$errors" "$non2xx" "$connect" "$readerr" "$writeerr" "$timeout"
[ "$errors" = "0" ]
