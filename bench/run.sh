#!/usr/bin/env bash
# The benchmark in one command: builds the jar, generates synthetic annexes, imports 1k and 10k
# practices into fresh stores, loads the same quads (the store's N-Quads export) with Jena's own
# tdb2.tdbloader as the anchor for import rate and store size, serves each store and measures four
# pages and, as the anchor for practice pages, DESCRIBE of the same practices through /sparql with wrk (8 connections,
# and 4 for practice pages and DESCRIBE, with and without gzip; 2 threads, 20 s after a 5 s warm-up, loopback only), then restarts the
# server three times with -Xmx512m and times launch to the first practice page answered. Prints a Markdown table and keeps the
# raw output under bench/out/. Before serving, it imports one changed file into each store three times. Needs JDK 17, Maven and wrk (apt-get install wrk).
# The stores are kept in $BENCH_WORK (default /tmp/goodpractice-bench) and reused by the next
# run; delete that directory after changing the generator or the importer.
#   bench/run.sh                 # 1000 and 10000 practices
#   SIZES="1000" DURATION=10s bench/run.sh
#   SIZES="1000 10000 100000" bench/run.sh   # 100,000 takes about an hour on two cores
set -euo pipefail
cd "$(dirname "$0")/.."

SIZES=${SIZES:-"1000 10000"}
DURATION=${DURATION:-20s}
# Short enough that the first-view run does not come back to pages it has already shown.
COLD=${COLD:-2s}
PORT=${PORT:-18931}
HEAP=${HEAP:-1g}
OUT=bench/out
BASE="http://localhost:$PORT/"
WORK=${BENCH_WORK:-/tmp/goodpractice-bench}
SERVER=""
trap '[ -n "$SERVER" ] && kill "$SERVER" 2>/dev/null' EXIT

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
mkdir -p "$OUT" "$WORK"
mvn -q -o package -DskipTests 2>/dev/null || mvn -q package -DskipTests
# A copy, so that a build during the run cannot swap the jar under a running server.
JAR="$WORK/goodpractice.jar"
cp target/goodpractice.jar "$JAR"
# Jena's command-line tools, for the loader anchor: the same Jena as the jar, from Maven Central.
CMDS="$HOME/.m2/repository/org/apache/jena/jena-cmds/5.6.0/jena-cmds-5.6.0.jar"
[ -f "$CMDS" ] || mvn -q dependency:get -Dartifact=org.apache.jena:jena-cmds:5.6.0 -Dtransitive=false
# Bytes on disk (TDB2 preallocates its index files sparsely, so the apparent size says less).
disk() { du -s --block-size=1 "$1" | cut -f1; }
mib() { echo "$(( $1 / 1048576 ))"; }

wait_for_server() {
  for _ in $(seq 1 600); do
    curl -fs -o /dev/null "http://127.0.0.1:$PORT/" && return 0
    kill -0 "$SERVER" 2>/dev/null || { echo "server died; see $1" >&2; return 1; }
    sleep 0.5
  done
  echo "server did not start; see $1" >&2
  return 1
}

# Starts the server on store $1 with log $2 and any further serve options, and waits until it answers.
serve() {
  local store=$1 log=$2
  shift 2
  java -Xmx"$HEAP" -jar "$JAR" serve --store "$store" --port "$PORT" --base-uri "$BASE" "$@" > "$log" 2>&1 &
  SERVER=$!
  wait_for_server "$log"
}

stop_server() {
  kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true; SERVER=""
}

# Paths each scenario picks from at random: every practice; words of the generator's texts;
# facet combinations (priority, sub-theme, start-year range, with and without words).
write_paths() {
  local n=$1 annexes=$2 dir=$3
  echo / > "$dir/home.txt"
  # 100,000 file names are too many for one command line: grep walks the directory itself.
  grep -rh --include='*.txt' '^Index: ' "$annexes" > "$dir/indexes.txt"
  sed 's#^Index: #/practice/#' "$dir/indexes.txt" > "$dir/practice.txt"
  # The anchor for practice pages: DESCRIBE of the same practices through /sparql.
  local base_enc
  base_enc=$(printf %s "$BASE" | sed 's#:#%3A#g; s#/#%2F#g')
  sed "s#^Index: \(.*\)#/sparql?query=DESCRIBE+%3C${base_enc}id%2Fpractice%2F\1%3E#" "$dir/indexes.txt" > "$dir/describe.txt"
  sed -n 'p;n' "$dir/practice.txt" > "$dir/practice-warm.txt"
  sed -n 'n;p' "$dir/practice.txt" > "$dir/practice-cold.txt"
  for w in leaks incubator broadband recycling museum cycling flood apprenticeship wetland "solar energy" \
           "science park" cluster Lyon Milano Umea Lodz training evaluation "river basin" "car sharing"; do
    printf '/search?q=%s\n' "$(printf %s "$w" | sed 's/ /+/g')"
  done > "$dir/fulltext.txt"
  : > "$dir/faceted.txt"
  for p in 1 2; do
    for s in innovation-research-technology-development entrepreneurship-smes information-society \
             water-management waste-management energy-sustainable-transport cultural-heritage-landscape; do
      for y in "" "&from=2000&to=2009" "&from=1990&to=1999"; do
        echo "/search?priority=$p&sub-theme=$s$y" >> "$dir/faceted.txt"
        echo "/search?q=regional&priority=$p&sub-theme=$s$y&sort=newest" >> "$dir/faceted.txt"
      done
    done
  done
}

# The load average (1 min) after each run shows whether other work shared the two cores.
echo "| practices | page | p50 ms | p95 ms | p99 ms | req/s | load |" > "$OUT/table.md"
echo "| --- | --- | --- | --- | --- | --- | --- |" >> "$OUT/table.md"
for n in $SIZES; do
  annexes="$WORK/annexes-$n" store="$WORK/store-$n" log="$OUT/serve-$n.log"
  if [ ! -e "$store/.complete" ]; then
    rm -rf "$annexes" "$store" "$WORK/loader-$n"
    java bench/GenerateAnnexes.java "$n" "$annexes" 42
    start=$(date +%s.%N)
    java -jar "$JAR" import --store "$store" --base-uri "$BASE" "$annexes" > "$OUT/import-$n.log"
    import_s=$(echo "$(date +%s.%N) - $start" | bc)
    # The anchor: the same quads, exported from the store, loaded by tdb2.tdbloader into an empty store.
    java -jar "$JAR" export --store "$store" --format nq --out "$WORK/export-$n.nq"
    quads=$(wc -l < "$WORK/export-$n.nq")
    start=$(date +%s.%N)
    java -cp "$JAR:$CMDS" tdb2.tdbloader --loc "$WORK/loader-$n" "$WORK/export-$n.nq" > "$OUT/loader-$n.log" 2>&1
    loader_s=$(echo "$(date +%s.%N) - $start" | bc)
    store_b=$(disk "$store") loader_b=$(disk "$WORK/loader-$n")
    {
      echo "$n practices, $quads quads (load $(cut -d' ' -f1-3 /proc/loadavg)):"
      echo "  import $(printf %.1f "$import_s") s, $(echo "$quads / $import_s" | bc) quads/s; store $(mib "$store_b") MiB"
      echo "  tdb2.tdbloader $(printf %.1f "$loader_s") s, $(echo "$quads / $loader_s" | bc) quads/s; store $(mib "$loader_b") MiB"
      echo "  import rate $(echo "scale=2; $loader_s / $import_s" | bc)x the loader's; store $(echo "scale=2; $store_b / $loader_b" | bc)x the loader's"
    } > "$WORK/import-$n.txt"
    rm -f "$WORK/export-$n.nq"
    touch "$store/.complete"
  fi
  cat "$WORK/import-$n.txt" | tee "$OUT/summary-$n.txt"

  # One changed file into the full store, as an author correcting a practice would: the first annex with a new
  # title each time (so it is never "unchanged"), launch to exit of the import command.
  one="$WORK/one-$n" first_annex=$(ls "$annexes" | sed -n 1p)
  for attempt in 1 2 3; do
    rm -rf "$one"; mkdir -p "$one"
    sed "1s/\$/ (corrected $(date +%s%N))/" "$annexes/$first_annex" > "$one/$first_annex"
    start=$(date +%s.%N)
    java -jar "$JAR" import --store "$store" --base-uri "$BASE" "$one" > "$OUT/import-one-$n.log" 2>&1
    echo "one changed file $attempt: $(echo "$(date +%s.%N) - $start" | bc | cut -c1-4) s, $(tail -n 1 "$OUT/import-one-$n.log") (load $(cut -d' ' -f1 /proc/loadavg))" \
      | tee -a "$OUT/summary-$n.txt"
  done

  write_paths "$n" "$annexes" "$WORK"
  # First practice pages as nobody has seen them yet, from a server that does not prepare pages:
  # the JVM is warmed on one half of the practices for as long as a measured run (5 s left the JIT compiling
  # on two cores, and measured that), then the other half is requested in order, each page once (no cache can help).
  serve "$store" "$log.first-view" --no-prepare-pages
  BENCH_PATHS="$WORK/practice-warm.txt" wrk -t2 -c8 -d"$DURATION" -s bench/latency.lua "http://127.0.0.1:$PORT" > /dev/null
  BENCH_ORDER=sequential BENCH_PATHS="$WORK/practice-cold.txt" wrk -t2 -c8 -d"$COLD" --latency -s bench/latency.lua \
    "http://127.0.0.1:$PORT" > "$OUT/wrk-$n-practice-cold.txt"
  read -r p50 p95 p99 rps <<< "$(sed -n 's/^RESULT p50=\([^ ]*\) p95=\([^ ]*\) p99=\([^ ]*\) rps=\([^ ]*\).*/\1 \2 \3 \4/p' "$OUT/wrk-$n-practice-cold.txt")"
  echo "| $n | practice (first view) | $p50 | $p95 | $p99 | $rps | $(cut -d' ' -f1 /proc/loadavg) |" >> "$OUT/table.md"
  stop_server

  # The server as it runs by default: every practice page prepared in the background after start.
  start=$(date +%s.%N)
  # Eight queries at once, so that the DESCRIBE anchor at 8 connections is answered rather than partly refused (503)
  # by the default gate of 4.
  serve "$store" "$log" --max-concurrent-queries 8
  echo "server ready after $(echo "$(date +%s.%N) - $start" | bc | cut -c1-4) s; $(grep -o 'Indexed .*' "$log")" | tee -a "$OUT/summary-$n.txt"
  for _ in $(seq 1 1200); do grep -q 'Prepared .* practice pages' "$log" && break; sleep 0.5; done
  echo "$(grep -o 'Prepared .* practice pages.*' "$log" || echo 'practice pages NOT prepared within 600 s')" | tee -a "$OUT/summary-$n.txt"
  # Practice pages against their DESCRIBE anchor also with 4 connections, the issue's measure.
  # With gzip: asking as browsers do (Accept-Encoding: gzip), both the page and its anchor.
  for run in home:8 practice:8 describe:8 practice:4 describe:4 practice:4:gzip describe:4:gzip fulltext:8 faceted:8; do
    IFS=: read -r page c gzip <<< "$run"
    name=$page headers=()
    [ "$c" = 8 ] || name="$page-c$c"
    [ -z "$gzip" ] || { name="$name-gzip"; headers=(-H 'Accept-Encoding: gzip'); }
    BENCH_PATHS="$WORK/$page.txt" wrk -t2 -c"$c" -d5s "${headers[@]}" -s bench/latency.lua "http://127.0.0.1:$PORT" > /dev/null
    BENCH_PATHS="$WORK/$page.txt" wrk -t2 -c"$c" -d"$DURATION" "${headers[@]}" --latency -s bench/latency.lua "http://127.0.0.1:$PORT" \
      > "$OUT/wrk-$n-$name.txt"
    read -r p50 p95 p99 rps <<< "$(sed -n 's/^RESULT p50=\([^ ]*\) p95=\([^ ]*\) p99=\([^ ]*\) rps=\([^ ]*\).*/\1 \2 \3 \4/p' "$OUT/wrk-$n-$name.txt")"
    grep -q 'errors=0 non2xx=0' "$OUT/wrk-$n-$name.txt" || echo "WARNING: errors in $OUT/wrk-$n-$name.txt" >&2
    label=$page
    [ "$c" = 8 ] || label="$page ($c connections${gzip:+, gzip})"
    echo "| $n | $label | $p50 | $p95 | $p99 | $rps | $(cut -d' ' -f1 /proc/loadavg) |" >> "$OUT/table.md"
  done
  echo "server resident memory after the runs: $(( $(ps -o rss= -p "$SERVER") / 1024 )) MiB (heap limit $HEAP)" | tee -a "$OUT/summary-$n.txt"
  stop_server

  # Restart on the existing store with a small heap: launch to the first practice page answered with 200.
  first=$(head -n 1 "$WORK/practice.txt")
  for attempt in 1 2 3; do
    start=$(date +%s.%N)
    java -Xmx512m -jar "$JAR" serve --store "$store" --port "$PORT" --base-uri "$BASE" > "$log.restart-$attempt" 2>&1 &
    SERVER=$!
    ready=""
    for _ in $(seq 1 6000); do
      if [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT$first")" = 200 ]; then
        ready=$(echo "$(date +%s.%N) - $start" | bc); break
      fi
      kill -0 "$SERVER" 2>/dev/null || break
      sleep 0.05
    done
    echo "restart $attempt (-Xmx512m, first practice page 200): ${ready:-FAILED (see $log.restart-$attempt)} s (load $(cut -d' ' -f1 /proc/loadavg))" \
      | tee -a "$OUT/summary-$n.txt"
    stop_server
  done
done
cat "$OUT"/summary-*.txt
cat "$OUT/table.md"
