-- wrk script: POST a web chat message with a fresh message id each time, so every request is a real
-- durable insert (not a duplicate). Usage: see run-ack-load.sh.
local counter = 0
local threads = 0

function setup(thread)
  threads = threads + 1
  thread:set("tid", threads)
end

function init(args)
  counter = (tid or 0) * 100000000
end
local session = os.getenv("SESSION") or "AAAAAAAAAAAAAAAAAAAAAA"
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"

request = function()
  counter = counter + 1
  local body = string.format('{"sessionId":"%s","id":"m%d","text":"hello"}', session, counter)
  return wrk.format(nil, "/chat/api/messages", nil, body)
end
