#!/usr/bin/env bash
# Web nodes behind a load balancer, on loopback: one standalone Fuseki holds the data (imported
# through `import --sparql-endpoint`), three `serve --sparql-endpoint` nodes (each its own port
# and search index, -Xmx512m) run beside it, and HAProxy balances 1, then 2, then 3 of them
# (roundrobin, health check GET /health, retries). wrk measures through HAProxy random practice
# pages and searches (2 threads, 8 connections, 20 s after a 5 s warm-up) for each node count.
# Then a failover run: during a wrk run on all three nodes one node is killed with kill -9, a new
# record is imported while it is down, and the node is restarted; the script reports wrk's
# failed requests, how long the node took to answer /health and to be back in HAProxy, and
# whether the restarted node (and the others) serve the record imported while it was down.
# Prints Markdown tables, keeps the raw output under bench/out/scale-out/ and stops everything
# it started on exit. Needs JDK 17, Maven, wrk and HAProxy (apt-get install -y wrk haproxy).
#   bench/scale-out.sh
#   PRACTICES=10000 DURATION=30s bench/scale-out.sh
#   SKIP_BUILD=1 bench/scale-out.sh     # with the jars already in target/
set -euo pipefail
cd "$(dirname "$0")/.."

PRACTICES=${PRACTICES:-1000}
DURATION=${DURATION:-20s}
FAILOVER_S=${FAILOVER_S:-120}
KILL_AT=${KILL_AT:-10}
PORTS=${PORTS:-18960}            # Fuseki; nodes on the next three ports, HAProxy and its stats after them
HEAP=${HEAP:-512m}
FUSEKI_PORT=$PORTS
NODE_PORTS=($((PORTS + 1)) $((PORTS + 2)) $((PORTS + 3)))
LB_PORT=$((PORTS + 5))
STATS_PORT=$((PORTS + 6))
OUT=bench/out/scale-out
WORK=${BENCH_WORK:-/tmp/goodpractice-scale-out}
STORE_URL="http://127.0.0.1:$FUSEKI_PORT/ds"
# The dataset base and every node's web address: where HAProxy listens.
BASE="http://localhost:$LB_PORT/"
declare -A NODE_PID=()
FUSEKI_PID="" LB_PID=""

cleanup() {
  set +e
  for pid in "${NODE_PID[@]}" $LB_PID $FUSEKI_PID; do
    kill "$pid" 2>/dev/null
  done
  wait 2>/dev/null
}
trap cleanup EXIT

for tool in wrk haproxy java curl; do
  command -v "$tool" >/dev/null || { echo "$tool is missing (apt-get install -y wrk haproxy)" >&2; exit 1; }
done
rm -rf "$OUT" "$WORK"
mkdir -p "$OUT" "$WORK"
[ -n "${SKIP_BUILD:-}" ] || mvn -q -o package -DskipTests 2>/dev/null || mvn -q package -DskipTests
# Copies, so that a build during the run cannot swap a jar under a running process.
JAR="$WORK/goodpractice.jar"
FUSEKI_JAR="$WORK/fuseki-server.jar"
cp target/goodpractice.jar "$JAR"
cp target/engines/jena-fuseki-server*.jar "$FUSEKI_JAR"
load() { cut -d' ' -f1 /proc/loadavg; }
ms_since() { echo "($(date +%s%N) - $1) / 1000000" | bc; }

# Waits until $1 answers 200, at most $2 seconds, while process $3 lives.
wait_ok() {
  local url=$1 limit=$2 pid=$3
  for _ in $(seq 1 $((limit * 10))); do
    curl -fs -o /dev/null "$url" && return 0
    kill -0 "$pid" 2>/dev/null || return 1
    sleep 0.1
  done
  return 1
}

start_node() {
  local i=$1 port=${NODE_PORTS[$1]}
  java -Xmx"$HEAP" -jar "$JAR" serve --sparql-endpoint "$STORE_URL" --port "$port" --web-address "$BASE" \
    >> "$OUT/node-$i.log" 2>&1 &
  NODE_PID[$i]=$!
}

# HAProxy in front of the first $1 nodes. A dead node's refused or cut connections are retried
# (up to three times, on another node: redispatch at every retry); the health check takes a node
# out after two failed checks a second apart and back after two good ones.
write_haproxy() {
  local n=$1 cfg=$OUT/haproxy-$1.cfg
  cat > "$cfg" <<EOF
global
    maxconn 2000
    log stdout format raw local0

defaults
    mode http
    log global
    option httplog
    option dontlog-normal
    timeout connect 1s
    timeout client 30s
    timeout server 30s
    timeout http-keep-alive 10s
    retries 3
    retry-on all-retryable-errors
    option redispatch 1
    option http-keep-alive

frontend site
    bind 127.0.0.1:$LB_PORT
    default_backend nodes

backend nodes
    balance roundrobin
    option httpchk GET /health
    http-check expect status 200
    default-server inter 1s fall 2 rise 2
EOF
  for i in $(seq 0 $((n - 1))); do
    echo "    server node$((i + 1)) 127.0.0.1:${NODE_PORTS[$i]} check" >> "$cfg"
  done
  cat >> "$cfg" <<EOF

listen stats
    bind 127.0.0.1:$STATS_PORT
    stats enable
    stats uri /
EOF
  echo "$cfg"
}

start_haproxy() {
  [ -n "$LB_PID" ] && { kill "$LB_PID"; wait "$LB_PID" 2>/dev/null || true; }
  haproxy -db -f "$(write_haproxy "$1")" >> "$OUT/haproxy.log" 2>&1 &
  LB_PID=$!
  # Every server of the backend UP before measuring.
  for _ in $(seq 1 100); do
    [ "$(curl -fs "http://127.0.0.1:$STATS_PORT/;csv" | grep -c '^nodes,node.*,UP')" = "$1" ] && return 0
    sleep 0.2
  done
  echo "HAProxy does not see $1 nodes UP; see $OUT/haproxy.log" >&2
  return 1
}

# One Fuseki with the union default graph the nodes expect, and the synthetic records in it; one
# record more is generated and kept aside to be imported while a node is down.
java bench/GenerateAnnexes.java $((PRACTICES + 1)) "$WORK/annexes" 42
LATE=$(ls "$WORK/annexes" | tail -1)
mkdir -p "$WORK/late" && mv "$WORK/annexes/$LATE" "$WORK/late/"
LATE_ID=$(sed -n 's/^Index: //p' "$WORK/late/$LATE")
LATE_TITLE=$(head -1 "$WORK/late/$LATE")
mkdir -p "$WORK/fuseki"
# FUSEKI_BASE: Fuseki's own run directory, kept out of the working tree.
FUSEKI_BASE="$WORK/fuseki-base" java -Xmx1g -jar "$FUSEKI_JAR" --localhost --port "$FUSEKI_PORT" --tdb2 --loc "$WORK/fuseki" --update \
  --set tdb:unionDefaultGraph=true /ds > "$OUT/fuseki.log" 2>&1 &
FUSEKI_PID=$!
wait_ok "http://127.0.0.1:$FUSEKI_PORT/\$/ping" 60 "$FUSEKI_PID" || { echo "Fuseki did not start; see $OUT/fuseki.log" >&2; exit 1; }
start=$(date +%s%N)
java -jar "$JAR" import --sparql-endpoint "$STORE_URL" --base-uri "$BASE" "$WORK/annexes" > "$OUT/import.log" 2>&1
echo "imported $PRACTICES practices into Fuseki in $(( $(ms_since "$start") / 1000 )) s (load $(load))" | tee "$OUT/summary.txt"

start=$(date +%s%N)
for i in 0 1 2; do start_node "$i"; done
for i in 0 1 2; do
  wait_ok "http://127.0.0.1:${NODE_PORTS[$i]}/health" 300 "${NODE_PID[$i]}" || { echo "node $i did not start; see $OUT/node-$i.log" >&2; exit 1; }
done
echo "three nodes healthy after $(( $(ms_since "$start") / 1000 )) s" | tee -a "$OUT/summary.txt"
# Measured with every node's practice pages prepared, as a node runs by default.
for i in 0 1 2; do
  for _ in $(seq 1 1200); do grep -q 'Prepared .* practice pages' "$OUT/node-$i.log" && break; sleep 0.5; done
  echo "node $((i + 1)): $(grep -o 'Prepared .* practice pages in [0-9]* ms' "$OUT/node-$i.log" || echo 'pages NOT prepared')" | tee -a "$OUT/summary.txt"
done

grep -h '^Index: ' "$WORK/annexes"/*.txt | sed 's#^Index: #/practice/#' > "$WORK/practice.txt"
for w in leaks incubator broadband recycling museum cycling flood apprenticeship wetland "solar energy" \
         "science park" cluster Lyon Milano Umea Lodz training evaluation "river basin" "car sharing"; do
  printf '/search?q=%s\n' "$(printf %s "$w" | sed 's/ /+/g')"
done > "$WORK/search.txt"

# wrk through HAProxy on the paths of $1 for $2; the RESULT line of bench/latency.lua into $3.
measure() {
  local page=$1 duration=$2 out=$3
  BENCH_PATHS="$WORK/$page.txt" wrk -t2 -c8 -d"$duration" --timeout 10s --latency -s bench/latency.lua "http://127.0.0.1:$LB_PORT" > "$out"
  sed -n 's/^RESULT p50=\([^ ]*\) p95=\([^ ]*\) p99=\([^ ]*\) rps=\([^ ]*\) requests=\([^ ]*\) errors=\([^ ]*\) non2xx=\([^ ]*\)/\1 \2 \3 \4 \5 \6 \7/p' "$out"
}

{
  echo "| nodes | page | req/s | p50 ms | p95 ms | p99 ms | requests | socket errors | non-2xx | load (1 min) |"
  echo "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"
} > "$OUT/table.md"
for n in 1 2 3; do
  start_haproxy "$n"
  for page in practice search; do
    BENCH_PATHS="$WORK/$page.txt" wrk -t2 -c8 -d5s -s bench/latency.lua "http://127.0.0.1:$LB_PORT" > /dev/null
    read -r p50 p95 p99 rps requests errors non2xx <<< "$(measure "$page" "$DURATION" "$OUT/wrk-$n-$page.txt")"
    echo "| $n | $page | $rps | $p50 | $p95 | $p99 | $requests | $errors | $non2xx | $(load) |" | tee -a "$OUT/table.md"
  done
done

# Failover: node 2 killed with kill -9 at KILL_AT s into a wrk run on three nodes, a record
# imported (from another process, as an operator would) while it is down, node 2 restarted 5 s
# after the kill; wrk runs on until FAILOVER_S, long enough for the node to be back in HAProxy.
start_haproxy 3
BENCH_PATHS="$WORK/practice.txt" wrk -t2 -c8 -d"${FAILOVER_S}s" --timeout 10s --latency -s bench/latency.lua \
  "http://127.0.0.1:$LB_PORT" > "$OUT/wrk-failover.txt" &
WRK_PID=$!
sleep "$KILL_AT"
kill -9 "${NODE_PID[1]}"; wait "${NODE_PID[1]}" 2>/dev/null || true
killed=$(date +%s%N)
java -jar "$JAR" import --sparql-endpoint "$STORE_URL" "$WORK/late" > "$OUT/import-late.log" 2>&1 &
IMPORT_PID=$!
sleep 5
echo "--- restarted after kill -9 ---" >> "$OUT/node-1.log"
restarted=$(date +%s%N)
start_node 1
wait_ok "http://127.0.0.1:${NODE_PORTS[1]}/health" 300 "${NODE_PID[1]}" || { echo "node 2 did not come back; see $OUT/node-1.log" >&2; exit 1; }
healthy_ms=$(ms_since "$restarted")
until curl -fs "http://127.0.0.1:$STATS_PORT/;csv" | grep -q '^nodes,node2,.*,UP'; do sleep 0.1; done
rejoined_ms=$(ms_since "$restarted")
wait "$IMPORT_PID"
imported_ms=$(ms_since "$killed")
imported=$(date +%s%N)
# Catch-up: how long after the import's end each node serves the record's page (asked of the three at once).
first_200() {
  local port=$1
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/practice/$LATE_ID")" = 200 ]; do
    [ "$(ms_since "$imported")" -gt 60000 ] && break
    sleep 0.1
  done
  ms_since "$imported" > "$WORK/seen-$port"
}
for i in 0 1 2; do first_200 "${NODE_PORTS[$i]}" & done
wait "${!}"; sleep 0.2
while [ "$(ls "$WORK"/seen-* 2>/dev/null | wc -l)" -lt 3 ]; do sleep 0.1; done
seen=()
for i in 0 1 2; do seen[$i]=$(cat "$WORK/seen-${NODE_PORTS[$i]}"); done
wait "$WRK_PID"
read -r p50 p95 p99 rps requests errors non2xx <<< \
  "$(sed -n 's/^RESULT p50=\([^ ]*\) p95=\([^ ]*\) p99=\([^ ]*\) rps=\([^ ]*\) requests=\([^ ]*\) errors=\([^ ]*\) non2xx=\([^ ]*\)/\1 \2 \3 \4 \5 \6 \7/p' "$OUT/wrk-failover.txt")"
stats=$(curl -fs "http://127.0.0.1:$STATS_PORT/;csv")
# HAProxy's csv: field 1 proxy, 2 server, 16 wretr (retries), 17 wredis (redispatches), 14 econ, 15 eresp.
retries=$(echo "$stats" | awk -F, '$1 == "nodes" && $2 == "BACKEND" { print $16 }')
redispatches=$(echo "$stats" | awk -F, '$1 == "nodes" && $2 == "BACKEND" { print $17 }')
catchup() {
  local port=$1
  local page search
  page=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/practice/$LATE_ID")
  search=$(curl -s -G --data-urlencode "q=\"$LATE_TITLE\"" "http://127.0.0.1:$port/search" | grep -c "/practice/$LATE_ID" || true)
  echo "page $page, search hits $search"
}
{
  echo
  echo "Failover ($FAILOVER_S s of practice pages on three nodes, load $(load)): node 2 killed (kill -9) at $KILL_AT s,"
  echo "record $LATE_ID imported by the CLI from the kill on (done $imported_ms ms after it), node 2 restarted 5 s after the kill."
  echo "- wrk: $requests requests, $rps req/s, p50 $p50 ms, p95 $p95 ms, p99 $p99 ms, socket errors $errors, non-2xx $non2xx"
  echo "- HAProxy: $retries retries, $redispatches redispatches; requests it logged as abnormal (dontlog-normal): $(grep -c ' HTTP/' "$OUT/haproxy.log" || true)"
  echo "- node 2 answered /health $healthy_ms ms after its restart, and was UP in HAProxy after $rejoined_ms ms"
  echo "- the record's page answered 200 on node 1, 2, 3 at ${seen[0]}, ${seen[1]}, ${seen[2]} ms after the import ended (60000: not within 60 s)"
  echo "- record imported while node 2 was down: node 1 $(catchup "${NODE_PORTS[0]}"); node 2 $(catchup "${NODE_PORTS[1]}"); node 3 $(catchup "${NODE_PORTS[2]}")"
  echo "- node 2's /health: $(curl -s "http://127.0.0.1:${NODE_PORTS[1]}/health" | tr '\n' ' ')"
} | tee -a "$OUT/summary.txt"
cat "$OUT/table.md"
