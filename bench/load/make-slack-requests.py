#!/usr/bin/env python3
"""Writes N signed Slack DM events (each with its own event_id) to a data file, and a wrk Lua script that
reads it, for run-slack-load.sh. Signatures are computed now: the file is valid for Slack's 5-minute window."""
import hashlib, hmac, json, sys, time

secret, count, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
ts = str(int(time.time()))
data = []
for i in range(count):
    body = json.dumps({
        "token": "x", "team_id": "T0LOAD", "api_app_id": "A0LOAD", "type": "event_callback",
        "event_id": f"EvLoad{i:08d}", "event_time": int(ts),
        "event": {"type": "message", "channel": f"D{i % 500:06d}", "user": f"U{i % 500:06d}", "text": "hello",
                  "ts": f"{ts}.{i:06d}", "channel_type": "im"},
        "authorizations": [{"team_id": "T0LOAD", "user_id": "UBOT", "is_bot": True}],
    }, separators=(",", ":"))
    sig = hmac.new(secret.encode(), f"v0:{ts}:{body}".encode(), hashlib.sha256).hexdigest()
    data.append(f"v0={sig}\t{body}")
open(out + ".data", "w").write("\n".join(data) + "\n")
lines = [
    f'local ts = "{ts}"',
    "local bodies, signatures = {}, {}",
    f'for line in io.lines("{out}.data") do',
    "  local tab = line:find('\\t', 1, true)",
    "  signatures[#signatures + 1] = line:sub(1, tab - 1)",
    "  bodies[#bodies + 1] = line:sub(tab + 1)",
    "end",
    "local n = 0",
    "local threads = 0",
    "function setup(thread) threads = threads + 1; thread:set('offset', threads) end",
    "-- wrk runs with -t2: thread 1 sends events 1, 3, 5... and thread 2 events 2, 4, 6..., so no id repeats",
    "-- until all N have been sent.",
    "function init(args) n = (offset or 1) - 2 end",
    "request = function()",
    "  n = n + 2",
    f"  local i = (n % {count}) + 1",
    "  return wrk.format('POST', '/slack/events', {['Content-Type'] = 'application/json',",
    "    ['X-Slack-Request-Timestamp'] = ts, ['X-Slack-Signature'] = signatures[i]}, bodies[i])",
    "end",
]
open(out, "w").write("\n".join(lines) + "\n")
