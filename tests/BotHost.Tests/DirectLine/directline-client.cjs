// Talks to BotHost with Microsoft's botframework-directlinejs, as a page or a service would. Driven by
// DirectLineJsTests: argv = packages folder, Direct Line domain, token, "websocket" or "polling".
// Prints one JSON line with what it saw; exits 1 on a timeout or an error.
"use strict";
const path = require("path");
const [packages, domain, token, mode] = process.argv.slice(2);
const need = name => require(path.join(packages, "node_modules", name));
global.XMLHttpRequest = need("xhr2");
// directline-js refers to WebSocket even when told to poll; Node 20 has none of its own.
global.WebSocket = need("ws");
const { DirectLine } = need("botframework-directlinejs");

const directLine = new DirectLine({ token, domain, webSocket: mode === "websocket", pollingInterval: 300, timeout: 10000 });
const seen = [];
const waiters = [];
const result = { statuses: [] };

function finish(code, error) {
  if (error) result.error = String(error);
  process.stdout.write(JSON.stringify(result) + "\n");
  directLine.end();
  process.exit(code);
}

setTimeout(() => finish(1, "timed out"), 40000);
directLine.connectionStatus$.subscribe(status => result.statuses.push(status));
directLine.activity$.subscribe(activity => {
  seen.push(activity);
  for (const waiter of [...waiters]) {
    if (waiter.match(activity)) {
      waiters.splice(waiters.indexOf(waiter), 1);
      waiter.resolve(activity);
    }
  }
}, error => finish(1, error));

function next(match) {
  const already = seen.find(match);
  return already ? Promise.resolve(already) : new Promise(resolve => waiters.push({ match, resolve }));
}

function post(activity) {
  return new Promise((resolve, reject) => directLine.postActivity({ type: "message", from: { id: "directlinejs-user" }, ...activity }).subscribe(resolve, reject));
}

const fromBot = test => a => a.from && a.from.role === "bot" && test(a);

(async () => {
  const welcome = await next(fromBot(a => a.suggestedActions));
  result.welcome = welcome.text;
  result.welcomeActions = welcome.suggestedActions.actions.map(a => a.title);

  const question = "can my boss read my slack dms";
  const id = await post({ text: question });
  const echo = await next(a => a.id === id);
  result.echo = { text: echo.text, role: echo.from.role };
  const answer = await next(fromBot(a => a.text && a.text.includes("Slack or Teams messages")));
  result.answer = answer.text;

  const helpful = answer.suggestedActions.actions.find(a => a.title.includes("Helpful") && !a.title.includes("Not"));
  await post({ value: helpful.value });
  const thanks = await next(fromBot(a => a.text && a.text.startsWith("Thanks for the feedback")));
  result.thanks = thanks.text;
  result.watermark = directLine.watermark;
  finish(0);
})().catch(error => finish(1, error));
