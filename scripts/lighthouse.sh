#!/usr/bin/env bash
# Lighthouse on the home, practice, search, query and concept pages of a server over the sample
# data, with Debian's headless Chromium. Fails unless every page scores accessibility 100,
# best practices 100 and SEO >= 95. Needs the jar (mvn -q package -DskipTests) and node/npm.
# Usage: scripts/lighthouse.sh [PORT]   (reports in target/lighthouse/)
set -euo pipefail
cd "$(dirname "$0")/.."
port="${1:-8099}"
out=target/lighthouse
mkdir -p "$out"
npm ci --prefix scripts/lighthouse --no-audit --no-fund --loglevel=error
store=$(mktemp -d)
java -jar target/goodpractice.jar serve --store "$store/store" --index "$store/index" --port "$port" >"$out/server.log" 2>&1 &
server=$!
stop() {
  # The server gets 10 s to close its store after SIGTERM, then is killed: waiting on it unbounded hung the script.
  kill "$server" 2>/dev/null || true
  for _ in $(seq 1 20); do kill -0 "$server" 2>/dev/null || break; sleep 0.5; done
  kill -9 "$server" 2>/dev/null || true
  rm -rf "$store"
}
trap stop EXIT
for _ in $(seq 1 120); do
  curl -sf -o /dev/null "http://localhost:$port/practice/0557C2" && break
  kill -0 "$server" 2>/dev/null || { cat "$out/server.log"; exit 1; }
  sleep 1
done
export CHROME_PATH=/usr/bin/chromium
failed=0
for page in "" practice/0557C2 "search?q=science+park" query concept/sub-theme/water-management; do
  name=${page:-home}; name=${name//[\/?=+]/-}
  scripts/lighthouse/node_modules/.bin/lighthouse "http://localhost:$port/$page" --quiet \
    --only-categories=accessibility,best-practices,seo --output=json --output-path="$out/$name.json" \
    --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage"
  node -e '
    const r = require(process.argv[1]); const c = r.categories;
    const s = k => Math.round(c[k].score * 100);
    const ok = s("accessibility") === 100 && s("best-practices") === 100 && s("seo") >= 95;
    console.log(`${ok ? "ok  " : "FAIL"} ${process.argv[2]}: accessibility ${s("accessibility")}, best practices ${s("best-practices")}, SEO ${s("seo")}`);
    for (const [k, cat] of Object.entries(c)) for (const ref of cat.auditRefs) {
      const a = r.audits[ref.id]; if (ref.weight > 0 && a.score !== null && a.score < 1) console.log(`       ${k}: ${a.id}: ${a.title}`);
    }
    process.exit(ok ? 0 : 1);' "$PWD/$out/$name.json" "/$page" || failed=1
done
exit "$failed"
