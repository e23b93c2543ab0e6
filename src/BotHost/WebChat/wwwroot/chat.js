// The web chat client: no build step, no dependencies. Text is always inserted as text, never as HTML.
(() => {
  "use strict";
  const log = document.getElementById("log");
  const composer = document.getElementById("composer");
  const input = document.getElementById("message");
  const status = document.getElementById("status");
  const gate = document.getElementById("gate");
  const gone = document.getElementById("gone");
  let sessionId = sessionStorage.getItem("bothost.session");
  // A new chat opens with the server's welcome. Anything typed before it arrives (even before the session
  // exists) waits for it, 3 s at most, so the page shows the conversation in the order the bot answers it.
  let welcomed = Promise.resolve(), onWelcome = null;

  // A private link carries its token in the URL fragment, which never reaches a server or a log. It is
  // taken off the address bar at once and kept (for this tab only) until Start spends it.
  async function start() {
    if (location.hash.length > 1) {
      sessionStorage.setItem("bothost.link", location.hash.slice(1));
      sessionStorage.removeItem("bothost.session");
      sessionId = null;
      history.replaceState(null, "", location.pathname + location.search);
    }
    if (location.pathname === "/private" && !sessionId) {
      const link = sessionStorage.getItem("bothost.link");
      return link ? offerStart(link) : showGone();
    }
    const fresh = !sessionId;
    if (fresh) {
      welcomed = new Promise(resolve => { onWelcome = resolve; });
      let response;
      try {
        response = await fetch("/chat/api/sessions", { method: "POST" });
      } catch {
        status.textContent = "You seem to be offline. Please reload the page.";
        return;
      }
      if (!response.ok) {
        status.textContent = trouble(response.status) + " Then reload the page.";
        return;
      }
      sessionId = (await response.json()).sessionId;
      sessionStorage.setItem("bothost.session", sessionId);
    }
    if (fresh) setTimeout(() => { if (onWelcome) onWelcome(); }, 3000);
    listen();
    input.focus();
  }

  // What to say when the server says no (a 429 is the per-connection limit on new chats and messages).
  function trouble(code) {
    return code === 429
      ? "Too many tries from this connection. Please wait a few minutes and try again."
      : "Sorry, something went wrong. Please try again.";
  }

  function postJson(url, body) {
    return fetch(url, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
  }

  function showGone() {
    sessionStorage.removeItem("bothost.link");
    composer.hidden = true;
    gate.hidden = true;
    gone.hidden = false;
  }

  // Asking about the link does not use it up; only Start does, so a preview or a scanner opening the page costs nothing.
  async function offerStart(link) {
    composer.hidden = true;
    let response;
    try {
      response = await postJson("/chat/api/links/status", { link });
    } catch {
      // The message box (and its status line) is hidden here, so say it on the start panel instead.
      document.getElementById("gate-start").hidden = true;
      document.getElementById("gate-status").textContent = "You seem to be offline. Check your connection and reload the page. The link is not used up yet.";
      gate.hidden = false;
      return;
    }
    if (!response.ok) return showGone();
    const flow = (await response.json()).flow;
    document.getElementById("gate-title").textContent = flow === "Rep" ? "Talk to a rep in private" : "Make a report in private";
    gate.hidden = false;
    const button = document.getElementById("gate-start");
    const gateStatus = document.getElementById("gate-status");
    button.focus();
    // A failed try leaves the link unspent (only a 410 means it has gone), so Start can be pressed again.
    button.addEventListener("click", async () => {
      if (button.disabled) return;
      button.disabled = true;
      gateStatus.textContent = "";
      let started;
      try {
        started = await postJson("/chat/api/sessions", { link });
      } catch {
        started = null;
      }
      if (!started || (started.status !== 201 && started.status !== 410)) {
        button.disabled = false;
        gateStatus.textContent = started ? trouble(started.status) : "You seem to be offline. Check your connection and press Start again.";
        return;
      }
      sessionStorage.removeItem("bothost.link");
      if (started.status !== 201) return showGone();
      sessionId = (await started.json()).sessionId;
      sessionStorage.setItem("bothost.session", sessionId);
      gate.hidden = true;
      composer.hidden = false;
      listen();
      input.focus();
    });
  }

  // Replies arrive as server-sent events, read with fetch rather than EventSource so that the session id
  // travels in a header: a URL, query included, ends up in proxy and server logs; a header does not.
  // After a dropped connection it reconnects from the last reply it saw, waiting longer each time (up to
  // 15 s, with jitter) until a connection has stayed up a while, so a broken proxy cannot make it hammer.
  async function listen() {
    let lastId = null, wait = 1000;
    for (;;) {
      let opened = 0;
      try {
        const headers = { "X-Chat-Session": sessionId, "Accept": "text/event-stream" };
        if (lastId) headers["Last-Event-ID"] = lastId;
        const response = await fetch("/chat/api/events", { headers, cache: "no-store" });
        if (response.status === 404 || response.status === 400) {
          // Not a session this server knows (its keys changed, or the id was damaged).
          sessionStorage.removeItem("bothost.session");
          status.textContent = "This chat has ended. Reload the page to start a new one.";
          return;
        }
        if (!response.ok || !response.body) throw new Error("events " + response.status);
        status.textContent = "";
        opened = Date.now();
        const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
        let buffer = "";
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          buffer += value;
          let end;
          while ((end = buffer.indexOf("\n\n")) >= 0) {
            const event = parseEvent(buffer.slice(0, end));
            buffer = buffer.slice(end + 2);
            if (event.id) lastId = event.id;
            // The same chat opened in another tab has taken over; reconnecting would only take it back.
            if (event.type === "replaced") {
              status.textContent = "This chat is open in another tab or window.";
              return;
            }
            if (event.type === "message" && event.data) render(JSON.parse(event.data));
          }
        }
      } catch {
        // Offline, rate-limited, or the server restarted: try again below.
      }
      if (opened && Date.now() - opened > 30000) wait = 1000;
      status.textContent = "Reconnecting…";
      await new Promise(resolve => setTimeout(resolve, wait * (0.75 + Math.random() / 2)));
      wait = Math.min(wait * 2, 15000);
    }
  }

  // One server-sent event block ("event:", "data:" and "id:" lines).
  function parseEvent(block) {
    const event = { type: "message", data: "", id: null };
    for (const line of block.split("\n")) {
      const colon = line.indexOf(":");
      const field = colon < 0 ? line : line.slice(0, colon);
      const value = colon < 0 ? "" : line.slice(colon + 1).replace(/^ /, "");
      if (field === "event") event.type = value;
      else if (field === "data") event.data += (event.data ? "\n" : "") + value;
      else if (field === "id") event.id = value;
    }
    return event;
  }

  async function send(body, echo) {
    if (echo) addMine(echo);
    const id = crypto.randomUUID ? crypto.randomUUID() : String(Date.now()) + Math.random();
    try {
      const response = await fetch("/chat/api/messages", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(Object.assign({ sessionId, id }, body))
      });
      if (response.status === 404) {
        // Not a session this server knows (its keys changed): a new page starts a new one.
        sessionStorage.removeItem("bothost.session");
        status.textContent = "This chat has ended. Reload the page to start a new one.";
        return;
      }
      status.textContent = response.ok ? "" : response.status === 429 ? trouble(429) : "Sorry, that didn't send. Please try again.";
    } catch {
      status.textContent = "You seem to be offline. Please try again.";
    }
  }

  function addMine(text) {
    const p = document.createElement("p");
    p.className = "msg mine";
    p.textContent = text;
    log.appendChild(p);
    log.scrollTop = log.scrollHeight;
  }

  // Light Markdown from the bot: **bold**, [title](https://…) and "- " bullets.
  function inline(parent, text) {
    const pattern = /\*\*(.+?)\*\*|\[([^\]]+)\]\((https?:\/\/[^\s)]+)\)/g;
    let last = 0, m;
    while ((m = pattern.exec(text))) {
      parent.appendChild(document.createTextNode(text.slice(last, m.index)));
      if (m[1]) {
        const b = document.createElement("strong");
        b.textContent = m[1];
        parent.appendChild(b);
      } else {
        const a = document.createElement("a");
        a.href = m[3];
        a.textContent = m[2];
        a.target = "_blank";
        a.rel = "noopener noreferrer";
        parent.appendChild(a);
      }
      last = pattern.lastIndex;
    }
    parent.appendChild(document.createTextNode(text.slice(last)));
  }

  function renderText(container, text) {
    let list = null;
    for (const line of text.split("\n")) {
      if (line.startsWith("- ")) {
        if (!list) { list = document.createElement("ul"); container.appendChild(list); }
        const li = document.createElement("li");
        inline(li, line.slice(2));
        list.appendChild(li);
      } else {
        list = null;
        const p = document.createElement("div");
        inline(p, line);
        container.appendChild(p);
      }
    }
  }

  function render(message) {
    if (onWelcome) { onWelcome(); onWelcome = null; }
    const box = document.createElement("div");
    box.className = "msg";
    renderText(box, message.text || "");
    for (const group of message.facts || []) box.appendChild(renderFacts(group));
    if (message.choices && message.choices.length) {
      const group = document.createElement("div");
      group.className = "choices";
      group.setAttribute("role", "group");
      group.setAttribute("aria-label", "Choices");
      for (const choice of message.choices) {
        if (choice.url) {
          const a = document.createElement("a");
          a.href = choice.url;
          a.textContent = choice.label;
          a.target = "_blank";
          a.rel = "noopener noreferrer";
          group.appendChild(a);
          continue;
        }
        const button = document.createElement("button");
        button.type = "button";
        button.textContent = choice.label;
        if (choice.style === "Primary") button.className = "primary";
        if (choice.style === "Danger") button.className = "danger";
        // One answer per question: the group's buttons go quiet, and focus moves to the message box so
        // that Enter does not press the same button again.
        button.addEventListener("click", () => {
          for (const other of group.querySelectorAll("button")) other.disabled = true;
          input.focus();
          send({ action: choice.value }, choice.label);
        });
        group.appendChild(button);
      }
      box.appendChild(group);
    }
    if (message.form) box.appendChild(renderForm(message.form));
    if (message.receipt) box.appendChild(renderReceipt(message.receipt));
    log.appendChild(box);
    log.scrollTop = log.scrollHeight;
  }

  // A group of facts (a digest's counts) as a titled definition list.
  function renderFacts(group) {
    const section = document.createElement("section");
    section.className = "facts";
    const title = document.createElement("strong");
    title.textContent = group.title;
    section.appendChild(title);
    const list = document.createElement("dl");
    // Long values (a worker's words) read better under their label than squeezed beside it.
    if ((group.facts || []).some(f => f.value.length > 40)) list.className = "stacked";
    for (const fact of group.facts || []) {
      const term = document.createElement("dt");
      term.textContent = fact.label;
      const value = document.createElement("dd");
      value.textContent = fact.value;
      list.append(term, value);
    }
    section.appendChild(list);
    return section;
  }

  // The worker's copy of their report: shown, downloadable as a text file and copyable. Built here from
  // the message, so nothing is fetched or stored.
  function renderReceipt(receipt) {
    const section = document.createElement("section");
    section.className = "receipt";
    section.setAttribute("aria-label", "Your receipt");
    const text = document.createElement("pre");
    text.className = "receipt-text";
    text.tabIndex = 0;
    text.textContent = receipt.file;
    section.appendChild(text);
    const actions = document.createElement("div");
    actions.className = "choices";
    const download = document.createElement("a");
    download.href = URL.createObjectURL(new Blob([receipt.file], { type: "text/plain;charset=utf-8" }));
    download.download = "receipt-" + receipt.code + ".txt";
    download.textContent = "Download receipt";
    const copy = document.createElement("button");
    copy.type = "button";
    copy.textContent = "Copy";
    copy.addEventListener("click", async () => {
      try {
        await navigator.clipboard.writeText(receipt.file);
        status.textContent = "Receipt copied.";
      } catch {
        const range = document.createRange();
        range.selectNodeContents(text);
        const selection = getSelection();
        selection.removeAllRanges();
        selection.addRange(range);
        status.textContent = "Receipt selected: copy it with your device's copy command.";
      }
    });
    actions.append(download, copy);
    section.appendChild(actions);
    return section;
  }

  let formCount = 0;
  function renderForm(form) {
    const element = document.createElement("form");
    element.className = "card";
    const heading = document.createElement("strong");
    heading.textContent = form.title;
    element.appendChild(heading);
    const errors = form.errors || {};
    formCount++;
    for (const field of form.fields) {
      const id = "f" + formCount + "-" + field.id;
      let control;
      if (field.kind === "Choice") {
        control = document.createElement("select");
        const empty = document.createElement("option");
        empty.value = "";
        empty.textContent = "Choose…";
        control.appendChild(empty);
        for (const option of field.options || []) {
          const o = document.createElement("option");
          o.value = option.value;
          o.textContent = option.label;
          control.appendChild(o);
        }
      } else if (field.kind === "LongText") {
        control = document.createElement("textarea");
        control.rows = 4;
      } else {
        control = document.createElement("input");
        control.type = field.kind === "Date" ? "date" : field.kind === "Toggle" ? "checkbox" : "text";
      }
      control.id = id;
      control.name = field.id;
      if (field.required) control.required = true;
      if (field.maxLength) control.maxLength = field.maxLength;
      if (field.value) { if (control.type === "checkbox") control.checked = field.value === "true"; else control.value = field.value; }
      const label = document.createElement("label");
      label.htmlFor = id;
      label.textContent = field.label + (field.required ? "" : " (optional)");
      element.appendChild(label);
      const described = [];
      if (field.hint) {
        const hint = document.createElement("p");
        hint.className = "hint";
        hint.id = id + "-hint";
        hint.textContent = field.hint;
        described.push(hint.id);
        element.appendChild(hint);
      }
      if (errors[field.id]) {
        const error = document.createElement("p");
        error.className = "error";
        error.id = id + "-error";
        error.textContent = errors[field.id];
        described.push(error.id);
        control.setAttribute("aria-invalid", "true");
        element.appendChild(error);
      }
      if (described.length) control.setAttribute("aria-describedby", described.join(" "));
      element.appendChild(control);
    }
    const submit = document.createElement("button");
    submit.type = "submit";
    submit.className = "primary";
    submit.textContent = form.submitLabel || "Submit";
    element.appendChild(submit);
    element.addEventListener("submit", e => {
      e.preventDefault();
      const values = { form: form.id };
      for (const control of element.elements) {
        if (!control.name) continue;
        values[control.name] = control.type === "checkbox" ? String(control.checked) : control.value;
      }
      submit.disabled = true;
      send({ form: values }, "Sent the form");
    });
    return element;
  }

  composer.addEventListener("submit", e => {
    e.preventDefault();
    const text = input.value.trim();
    if (!text) return;
    input.value = "";
    welcomed.then(() => send({ text }, text));
  });

  start();
})();
