#!/usr/bin/env bash
# Benchmark omnitote-server on loopback with wrk, next to an nginx static-file baseline.
#
#   scripts/bench/bench-server.sh SIZE [--keep] [--reuse-db] [--duration SECONDS]
#
# SIZE is a product count for the synthetic catalogue (e.g. 1000000) or "demo" for the built-in
# 388-product catalogue. Steps: generate the catalogue (skipped if $PERF_DIR/cat-SIZE.jsonl exists),
# import it into a fresh SQLite file (timed), sample ~1000 GTINs and two search words, serve on
# 127.0.0.1:18090, start nginx on 127.0.0.1:18091 with one saved lookup answer, run wrk, and write
# a summary to $PERF_DIR/results-SIZE/summary.md. The servers it starts are stopped on exit, and
# $PERF_DIR is deleted unless --keep is given. --reuse-db skips the import when a database and
# token from an earlier --keep run of the same SIZE are still in $PERF_DIR (the import figure is then
# the earlier run's).
#
# The server is single-threaded and keeps working through requests whose client has gone, so before
# every wrk run the script waits until GET /v1/health answers (it queues behind any backlog) and
# records how long that took ("drain").
#
# Needs: a Release build in build/release (see docs/PERFORMANCE.md), wrk, nginx, curl, python3.
# Every wrk run is bounded by --duration (default 20 s) and a per-request --timeout.
set -euo pipefail

usage() { sed -n '2,20p' "$0"; exit 2; }
[[ $# -ge 1 ]] || usage
SIZE=$1; shift
KEEP=0
REUSE=0
DURATION=20
while [[ $# -gt 0 ]]; do
    case $1 in
    --keep) KEEP=1 ;;
    --reuse-db) REUSE=1 ;;
    --duration) DURATION=$2; shift ;;
    *) usage ;;
    esac
    shift
done
[[ $SIZE == demo || $SIZE =~ ^[0-9]+$ ]] || usage

REPO=$(cd "$(dirname "$0")/../.." && pwd)
SERVER=${SERVER:-$REPO/build/release/server/omnitote-server}
PERF_DIR=${PERF_DIR:-/tmp/perf}
API_PORT=${API_PORT:-18090}
NGINX_PORT=${NGINX_PORT:-18091}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-32}
OUT=$PERF_DIR/results-$SIZE
DB=$PERF_DIR/bench-$SIZE.db
NGINX_DIR=$PERF_DIR/nginx-$SIZE
SERVER_PID=
for tool in wrk nginx curl python3; do
    command -v "$tool" >/dev/null || { echo "bench-server: $tool is not installed" >&2; exit 1; }
done
[[ -x $SERVER ]] || { echo "bench-server: no server at $SERVER (build the release preset)" >&2; exit 1; }

cleanup() {
    set +e
    if [[ -n $SERVER_PID ]] && kill -0 "$SERVER_PID" 2>/dev/null; then
        kill -TERM "$SERVER_PID"
        for _ in $(seq 50); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 0.1; done
        kill -0 "$SERVER_PID" 2>/dev/null && kill -KILL "$SERVER_PID"
    fi
    if [[ -f $NGINX_DIR/nginx.pid ]]; then
        nginx -p "$NGINX_DIR" -c "$NGINX_DIR/nginx.conf" -s quit 2>/dev/null
        sleep 0.5
        [[ -f $NGINX_DIR/nginx.pid ]] && kill -TERM "$(cat "$NGINX_DIR/nginx.pid")" 2>/dev/null
    fi
    if [[ $KEEP == 0 ]]; then
        rm -rf "$PERF_DIR"
    else
        echo "bench-server: kept $PERF_DIR (results in $OUT)" >&2
    fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

mkdir -p "$PERF_DIR" "$OUT"
TOKEN_FILE=$PERF_DIR/bench-$SIZE.token
if [[ $REUSE == 0 || ! -s $DB || ! -s $TOKEN_FILE ]]; then
    REUSE=0
    rm -f "$DB" "$DB-wal" "$DB-shm" "$TOKEN_FILE"
fi
ms() { date +%s%3N; }

# ---- machine ---------------------------------------------------------------------------------
{
    echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
    echo "nproc: $(nproc)"
    echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //')"
    echo "memory: $(free -m | awk '/^Mem:/ {print $2 " MiB"}')"
    echo "kernel: $(uname -r)"
    echo "qt: $(dpkg-query -W -f='${Version}' libqt6core6 2>/dev/null || echo '?')"
    echo "sqlite (libsqlite3-0): $(dpkg-query -W -f='${Version}' libsqlite3-0 2>/dev/null || echo '?')"
    echo "wrk: $(dpkg-query -W -f='${Version}' wrk 2>/dev/null || echo '?')"
    echo "nginx: $(nginx -v 2>&1 | sed 's/.*nginx\///')"
    echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
} > "$OUT/machine.txt"

# ---- catalogue + import ----------------------------------------------------------------------
if [[ $SIZE == demo ]]; then
    CATALOG=$REPO/assets/catalog/demo-catalog.jsonl
    SEED=(--seed-demo)
else
    CATALOG=$PERF_DIR/cat-$SIZE.jsonl
    if [[ ! -s $CATALOG ]]; then
        echo "bench-server: generating $SIZE products into $CATALOG" >&2
        start=$(ms)
        python3 "$REPO/assets/generator/generate_catalog.py" --synthetic "$SIZE" --out "$CATALOG"
        echo "generate_ms: $(( $(ms) - start ))" >> "$OUT/machine.txt"
    fi
    SEED=(--seed "$CATALOG")
fi
echo "catalogue: $CATALOG ($(du -h "$CATALOG" | cut -f1), $(grep -c '^{"kind":"product"' "$CATALOG") product lines)" \
    >> "$OUT/machine.txt"

# The sample is deterministic, so it is cached next to the catalogue.
SAMPLE=$PERF_DIR/sample-$SIZE
if [[ ! -s $SAMPLE.txt || ! -s $SAMPLE.gtins ]]; then
    echo "bench-server: sampling GTINs and search words" >&2
    python3 "$REPO/scripts/bench/sample-catalog.py" "$CATALOG" --gtins "$SAMPLE.gtins" \
        > "$SAMPLE.txt" 2> "$SAMPLE.words"
fi
cp "$SAMPLE.gtins" "$OUT/gtins.txt"
cp "$SAMPLE.words" "$OUT/words.txt"
mapfile -t picked < "$SAMPLE.txt"
STORE=${picked[0]}; COMMON=${picked[1]}; RARE=${picked[2]}

if [[ $REUSE == 0 ]]; then
    echo "bench-server: importing into $DB" >&2
    start=$(ms)
    "$SERVER" --db "sqlite:$DB" "${SEED[@]}" device add --store "$STORE" --label bench \
        > "$OUT/import.out" 2> "$OUT/import.err"
    echo "import_wall_ms: $(( $(ms) - start ))" >> "$OUT/machine.txt"
    tail -n1 "$OUT/import.out" > "$TOKEN_FILE"
else
    echo "import: skipped (--reuse-db), database from an earlier run" >> "$OUT/machine.txt"
fi
TOKEN=$(cat "$TOKEN_FILE")
echo "db_size: $(du -h "$DB" | cut -f1)" >> "$OUT/machine.txt"

# ---- serve -----------------------------------------------------------------------------------
"$SERVER" --db "sqlite:$DB" --listen "127.0.0.1:$API_PORT" > "$OUT/server.out" 2> "$OUT/server.err" &
SERVER_PID=$!
for _ in $(seq 300); do
    curl -fsS -o /dev/null "http://127.0.0.1:$API_PORT/v1/health" 2>/dev/null && break
    kill -0 "$SERVER_PID" 2>/dev/null || { cat "$OUT/server.err" >&2; exit 1; }
    sleep 0.1
done
echo "server_rss_after_start_kb: $(awk '/VmRSS/ {print $2}' /proc/$SERVER_PID/status)" >> "$OUT/machine.txt"

API=http://127.0.0.1:$API_PORT
AUTH="Authorization: Bearer $TOKEN"
first=$(head -n1 "$OUT/gtins.txt")
curl -fsS -H "$AUTH" "$API/v1/lookup?code=$first" -o "$OUT/lookup-sample.json"
curl -fsS -H "$AUTH" -H 'Accept-Encoding: gzip' "$API/v1/lookup?code=$first" -o "$OUT/lookup-sample.json.gz"
for q in "$COMMON" "$RARE"; do
    curl -fsS -H "$AUTH" "$API/v1/products?q=$q" -o "$OUT/products-$q.json"
done
{
    echo "lookup_body_bytes: $(stat -c %s "$OUT/lookup-sample.json")"
    echo "lookup_body_gzip_bytes: $(stat -c %s "$OUT/lookup-sample.json.gz")"
    for q in "$COMMON" "$RARE"; do
        echo "products_q_${q}_total: $(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["total"])' "$OUT/products-$q.json")"
        echo "products_q_${q}_bytes: $(stat -c %s "$OUT/products-$q.json")"
    done
} >> "$OUT/machine.txt"

# ---- nginx baseline: the same bytes as one lookup answer, served as a static file ------------
mkdir -p "$NGINX_DIR/www" "$NGINX_DIR/tmp"
cp "$OUT/lookup-sample.json" "$NGINX_DIR/www/lookup.json"
sed -e "s|@DIR@|$NGINX_DIR|g" -e "s|@PORT@|$NGINX_PORT|g" "$REPO/scripts/bench/nginx.conf.in" > "$NGINX_DIR/nginx.conf"
nginx -p "$NGINX_DIR" -c "$NGINX_DIR/nginx.conf" -e "$NGINX_DIR/error.log"
for _ in $(seq 50); do
    curl -fsS -o /dev/null "http://127.0.0.1:$NGINX_PORT/lookup.json" 2>/dev/null && break
    sleep 0.1
done

# ---- wrk runs --------------------------------------------------------------------------------
RUNS=$OUT/runs.tsv
printf 'name\tcommand\tload_before\tdrain_ms\n' > "$RUNS"
drain() { # wait (bounded) until the server has answered everything queued before us
    local start; start=$(ms)
    curl -fsS -o /dev/null --max-time 600 "$API/v1/health" || echo "bench-server: server did not drain" >&2
    echo $(( $(ms) - start ))
}
run() { # name, then the wrk arguments
    local name=$1; shift
    local drained; drained=$(drain)
    local load; load=$(cut -d' ' -f1 /proc/loadavg)
    echo "bench-server: $name (drain ${drained} ms)" >&2
    printf '%s\t%s\t%s\t%s\n' "$name" "wrk $*" "$load" "$drained" >> "$RUNS"
    GTINS=$OUT/gtins.txt TOKEN=$TOKEN wrk "$@" > "$OUT/wrk-$name.txt" 2>&1 || true
}
LUA=$REPO/scripts/bench/lookup.lua
D=${DURATION}s
run lookup-c$CONNECTIONS        -t"$THREADS" -c"$CONNECTIONS" -d"$D" --timeout 10s --latency -s "$LUA" "$API"
run lookup-c1                   -t1 -c1 -d"$D" --timeout 10s --latency -s "$LUA" "$API"
run lookup-gzip-c$CONNECTIONS   -t"$THREADS" -c"$CONNECTIONS" -d"$D" --timeout 10s --latency -s "$LUA" \
    -H 'Accept-Encoding: gzip' "$API"
run nginx-c$CONNECTIONS         -t"$THREADS" -c"$CONNECTIONS" -d"$D" --timeout 10s --latency \
    "http://127.0.0.1:$NGINX_PORT/lookup.json"
run nginx-c1                    -t1 -c1 -d"$D" --timeout 10s --latency "http://127.0.0.1:$NGINX_PORT/lookup.json"
for q in "$COMMON" "$RARE"; do
    run "products-$q-facets-c$CONNECTIONS"   -t"$THREADS" -c"$CONNECTIONS" -d"$D" --timeout 30s --latency \
        -H "$AUTH" "$API/v1/products?q=$q"
    run "products-$q-nofacets-c$CONNECTIONS" -t"$THREADS" -c"$CONNECTIONS" -d"$D" --timeout 30s --latency \
        -H "$AUTH" "$API/v1/products?q=$q&facets=false"
    run "products-$q-facets-c1"   -t1 -c1 -d"$D" --timeout 30s --latency -H "$AUTH" "$API/v1/products?q=$q"
    run "products-$q-nofacets-c1" -t1 -c1 -d"$D" --timeout 30s --latency -H "$AUTH" "$API/v1/products?q=$q&facets=false"
done
# One shopper searching (common word, facets on) while a kiosk scans: lookup latency behind search.
drained=$(drain)
printf '%s\t%s\t%s\t%s\n' "lookup-c1-during-search" \
    "wrk -t1 -c1 -d$D --timeout 30s --latency -s $LUA $API (while: wrk -t1 -c1 -d$D --timeout 30s -H '$AUTH' '$API/v1/products?q=$COMMON')" \
    "$(cut -d' ' -f1 /proc/loadavg)" "$drained" >> "$RUNS"
echo "bench-server: lookup-c1-during-search" >&2
wrk -t1 -c1 -d"$D" --timeout 30s -H "$AUTH" "$API/v1/products?q=$COMMON" > "$OUT/wrk-background-search.txt" 2>&1 &
bg=$!
GTINS=$OUT/gtins.txt TOKEN=$TOKEN wrk -t1 -c1 -d"$D" --timeout 30s --latency -s "$LUA" "$API" \
    > "$OUT/wrk-lookup-c1-during-search.txt" 2>&1 || true
wait "$bg" || true
echo "final_drain_ms: $(drain)" >> "$OUT/machine.txt"
echo "server_rss_after_runs_kb: $(awk '/VmRSS/ {print $2}' /proc/$SERVER_PID/status)" >> "$OUT/machine.txt"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$OUT/machine.txt"

python3 "$REPO/scripts/bench/summarize.py" "$OUT" | tee "$OUT/summary.md"
