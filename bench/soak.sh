#!/usr/bin/env bash
# Soak test (issue 15): serves the sample data at -Xmx512m and runs a mixed load of HTML pages and
# SPARQL queries against it with wrk on loopback for MINUTES minutes, in rounds of ROUND; after
# each round it prints p99 latency, socket errors, non-2xx answers (503 from the SPARQL gate
# under load is expected) and the server's resident memory. Bounded in time by MINUTES.
#   bench/soak.sh                      # 5 minutes, 30 s rounds
#   MINUTES=1 ROUND=15s bench/soak.sh
set -euo pipefail
cd "$(dirname "$0")/.."

MINUTES=${MINUTES:-5}
ROUND=${ROUND:-30s}
PORT=${PORT:-18932}
HEAP=${HEAP:-512m}
BASE="http://localhost:$PORT/"
WORK=$(mktemp -d /tmp/goodpractice-soak.XXXXXX)
SERVER=""
trap '[ -n "$SERVER" ] && kill "$SERVER" 2>/dev/null; rm -rf "$WORK"' EXIT

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
[ -f target/goodpractice.jar ] || mvn -q package -DskipTests
cp target/goodpractice.jar "$WORK/goodpractice.jar"

java -Xmx"$HEAP" -jar "$WORK/goodpractice.jar" serve --store "$WORK/store" --port "$PORT" --base-uri "$BASE" \
  > "$WORK/server.log" 2>&1 &
SERVER=$!
for _ in $(seq 1 600); do
  curl -fs -o /dev/null "http://127.0.0.1:$PORT/" && break
  kill -0 "$SERVER" 2>/dev/null || { echo "server died:" >&2; tail -20 "$WORK/server.log" >&2; exit 1; }
  sleep 0.5
done

# Half pages, half queries (cheap, a join, a regex over all titles, a backtracking regex).
encode() { python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$1"; }
{
  for page in / /search /search?q=water /dataset /query /practice/0557C2 /sparql; do echo "$page"; done
  for query in 'ASK {}' \
      'SELECT ?p ?t WHERE { ?p a <https://w3id.org/goodpractice/ns#GoodPractice> ; <http://purl.org/dc/terms/title> ?t }' \
      'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }' \
      'SELECT ?t WHERE { ?p <http://purl.org/dc/terms/title> ?t FILTER(REGEX(?t, "park", "i")) }' \
      'SELECT (REGEX("aaaaaaaaaaaaaaaaaaaaaaaaaaaaa!", "^(a*)*\\1$") AS ?x) {}' \
      'SELECT * WHERE { ?s ?p ?o } LIMIT 100' 'DESCRIBE <'"$BASE"'id/practice/0557C2>'; do
    echo "/sparql?query=$(encode "$query")"
  done
} > "$WORK/paths.txt"

rss() { awk '/VmRSS/ { printf "%d", $2 / 1024 }' "/proc/$SERVER/status"; }
echo "| round | p99 (ms) | requests | socket errors | non-2xx | RSS (MB) |"
echo "| --- | --- | --- | --- | --- | --- |"
end=$(( $(date +%s) + MINUTES * 60 ))
round=0
while [ "$(date +%s)" -lt "$end" ]; do
  round=$((round + 1))
  line=$(BENCH_PATHS="$WORK/paths.txt" wrk -t2 -c16 -d"$ROUND" --timeout 30s -s bench/latency.lua "http://127.0.0.1:$PORT" | grep '^RESULT')
  kill -0 "$SERVER" 2>/dev/null || { echo "server died in round $round:" >&2; tail -20 "$WORK/server.log" >&2; exit 1; }
  p99=$(sed -E 's/.*p99=([0-9.]+).*/\1/' <<< "$line")
  requests=$(sed -E 's/.*requests=([0-9]+).*/\1/' <<< "$line")
  errors=$(sed -E 's/.*errors=([0-9]+).*/\1/' <<< "$line")
  non2xx=$(sed -E 's/.*non2xx=([0-9]+).*/\1/' <<< "$line")
  echo "| $round | $p99 | $requests | $errors | $non2xx | $(rss) |"
done
