-- wrk script for bench/load.sh: each request is the next saved query in turn, sent as
-- GET /queries/NAME and as POST /newskg/sparql (application/sparql-query) with its text.
-- Arguments (after wrk's '--'): the queries folder, then the saved query names.
-- done() prints one line for load.sh:
--   NEWSKG-LOAD requests seconds rps p50_ms p99_ms errors non2xx connect read write timeout

local requests = {}
local counter = 0
local threads = 0

-- In the main Lua state: gives each thread its own starting place in the rotation.
function setup(thread)
  thread:set("offset", threads * 7)
  threads = threads + 1
end

local function read_file(path)
  local f = assert(io.open(path, "rb"))
  local text = f:read("*a")
  f:close()
  return text
end

function init(args)
  local folder = args[1]
  for i = 2, #args do
    local name = args[i]
    local sparql = read_file(folder .. "/" .. name .. ".rq")
    table.insert(requests, wrk.format("GET", "/queries/" .. name,
      { ["Accept"] = "application/sparql-results+json" }))
    table.insert(requests, wrk.format("POST", "/newskg/sparql",
      { ["Content-Type"] = "application/sparql-query", ["Accept"] = "application/sparql-results+json" }, sparql))
  end
  assert(#requests > 0, "no saved queries given")
  counter = offset or 0
end

function request()
  counter = counter + 1
  return requests[(counter % #requests) + 1]
end

function done(summary, latency, reqs)
  local e = summary.errors
  local seconds = summary.duration / 1e6
  -- wrk counts answers >= 400 in errors.status; 1xx and 3xx would be errors here too, but do not occur.
  local total = e.connect + e.read + e.write + e.timeout + e.status
  io.write(string.format("NEWSKG-LOAD %d %.1f %.1f %.2f %.2f %d %d %d %d %d %d\n",
    summary.requests, seconds, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    total, e.status, e.connect, e.read, e.write, e.timeout))
end
