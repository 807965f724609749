-- wrk script: each request takes a random path from the file named by BENCH_PATHS, or with
-- BENCH_ORDER=sequential the next one (each thread starting at its own share of the list, so no
-- path repeats while the list lasts: every page is a cold one). The summary line gives
-- p50/p95/p99 latency (ms) and throughput; wrk's own --latency output has no p95.
local paths = {}
for line in io.lines(os.getenv("BENCH_PATHS")) do
  paths[#paths + 1] = line
end
local sequential = os.getenv("BENCH_ORDER") == "sequential"
local threads = 0

setup = function(thread)
  thread:set("first", threads * math.floor(#paths / 2))
  threads = threads + 1
end

local n = 0
request = function()
  n = n + 1
  if sequential then
    return wrk.format("GET", paths[(first + n) % #paths + 1])
  end
  return wrk.format("GET", paths[math.random(#paths)])
end

done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT p50=%.2f p95=%.2f p99=%.2f rps=%.0f requests=%d errors=%d non2xx=%d\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.requests / (summary.duration / 1e6), summary.requests,
    e.connect + e.read + e.write + e.timeout, e.status))
end
