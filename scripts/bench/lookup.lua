-- wrk script for GET /v1/lookup: rotates over a file of GTINs (one per line) so that
-- successive requests hit different rows instead of one hot row.
--   GTINS=/path/gtins.txt TOKEN=... wrk -s lookup.lua http://127.0.0.1:18090
-- Each wrk thread starts at a different offset in the list.

local gtins = {}
local index = 1
local token = os.getenv("TOKEN") or ""

local function load(path)
  local list = {}
  local file = assert(io.open(path, "r"), "cannot open GTINS file " .. tostring(path))
  for line in file:lines() do
    if #line > 0 then list[#list + 1] = line end
  end
  file:close()
  assert(#list > 0, "GTINS file is empty")
  return list
end

local threadCount = 0
function setup(thread)
  threadCount = threadCount + 1
  thread:set("threadNumber", threadCount)
end

function init(args)
  gtins = load(os.getenv("GTINS") or "gtins.txt")
  local n = tonumber(threadNumber) or 1
  index = ((n - 1) * 397) % #gtins + 1
  wrk.headers["Authorization"] = "Bearer " .. token
end

function request()
  local gtin = gtins[index]
  index = index % #gtins + 1
  return wrk.format("GET", "/v1/lookup?code=" .. gtin)
end

function done(summary, latency, requests)
  io.write(string.format("non-2xx/3xx answers: %d\n", summary.errors.status))
end
