/* The review desk's page: a client of the desk's JSON API (docs/desk.md).
 *
 * Contract text is data: every string from the API is put in the page with textContent or
 * as an attribute value, never parsed as HTML. Nothing is fetched from anywhere but the desk.
 */
"use strict";

const state = {
  me: null,            // {name, can_decide, can_approve, csrf}
  contract: null,      // the contract with its catalogue
  passages: [],
  orphans: [],
  counts: {},
  filter: "undecided",
  key: null,           // the passage shown
  span: null,          // its span as the officer made it (wider or narrower)
  selection: null,     // a span selected on the page
  form: null,          // "redact" | "release" | null
  reasons: [],
  releaseReason: "",
  page: null,          // {document, page}
  approvals: [],
  approvalIndex: 0,
  zoom: 1,             // the page image's width: 1 the column's, 2 twice that
};

// -- small helpers ---------------------------------------------------------------------------

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name === "class") node.className = value;
    else if (name === "text") node.textContent = value;
    else if (name.startsWith("on")) node.addEventListener(name.slice(2), value);
    else if (value === true) node.setAttribute(name, "");
    else node.setAttribute(name, String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

function plural(n, one, many) { return `${n} ${n === 1 ? one : (many || one + "s")}`; }

function say(message) {
  const status = document.getElementById("status");
  status.textContent = "";
  window.setTimeout(() => { status.textContent = message; }, 30);
  window.clearTimeout(say.timer);
  say.timer = window.setTimeout(() => { status.textContent = ""; }, 6000);
}

class ApiError extends Error {
  constructor(status, data) {
    super(data.error || `The desk answered ${status}.`);
    this.status = status;
    this.data = data;
  }
}

async function api(method, path, body) {
  const options = { method, headers: { Accept: "application/json" }, credentials: "same-origin" };
  if (body !== undefined) {
    options.headers["Content-Type"] = "application/json";
    options.body = JSON.stringify(body);
  }
  if (method !== "GET" && state.me) options.headers["X-CSRF-Token"] = state.me.csrf;
  const response = await fetch(path, options);
  let data;
  try { data = await response.json(); } catch (e) { data = { error: "The desk sent an answer that is not JSON." }; }
  if (!response.ok) throw new ApiError(response.status, data);
  return data;
}

function contractPath(id) { return `/api/contracts/${encodeURIComponent(id)}`; }

function main() { return document.getElementById("main"); }

function show(title, ...content) {
  const m = main();
  m.replaceChildren(...content.flat(Infinity).filter((x) => x !== null && x !== undefined && x !== false));
  document.title = `${title} · Review desk`;
}

function errorBox(error, title) {
  const problems = (error.data && error.data.problems) || [];
  const box = el("div", { class: "error-summary", role: "alert", tabindex: "-1" },
    el("h3", { text: title || "This could not be done" }),
    el("p", { text: error.message + (error.data && error.data.hint ? " " + error.data.hint : "") }));
  if (problems.length) {
    box.append(el("ul", {}, problems.map((p) => el("li", {},
      p.field ? el("strong", { text: p.field + ": " }) : null, p.message))));
  }
  return box;
}

function typing(event) {
  const t = event.target;
  return t && (t.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(t.tagName));
}

// -- routing ---------------------------------------------------------------------------------

// One route at a time, in order: a hash changed while a view loads is shown after it.
let routing = Promise.resolve();
function route() {
  routing = routing.then(showRoute, showRoute);
  return routing;
}

async function showRoute() {
  const hash = decodeURIComponent(location.hash.replace(/^#/, "")) || "/";
  const parts = hash.split("/").filter(Boolean);
  try {
    if (!state.me) {
      state.me = await api("GET", "/api/session");
      document.getElementById("who").textContent =
        `${state.me.name}${state.me.can_decide ? "" : " (approver)"}`;
    }
    if (parts[0] === "contracts" && parts[1] && parts[2] === "approve") await approvalView(parts[1]);
    else if (parts[0] === "contracts" && parts[1]) await contractView(parts[1], parts[2] || null);
    else if (parts[0] === "due") await dueView();
    else if (parts[0] === "reasons") await reasonsView();
    else await contractsView();
  } catch (error) {
    show("Problem", el("h1", { text: "Something went wrong" }), errorBox(error));
  }
}

// -- the contracts ---------------------------------------------------------------------------

async function contractsView() {
  const data = await api("GET", "/api/contracts");
  const rows = data.contracts.map((c) => {
    const n = c.counts;
    return el("tr", {},
      el("th", { scope: "row" },
        el("a", { href: `#/contracts/${encodeURIComponent(c.id)}` }, c.title),
        el("span", { class: "hint" }, `${c.id} · ${c.supplier}`)),
      el("td", { class: "n" }, c.scanned ? n.undecided : "not scanned"),
      el("td", { class: "n" }, n.decided),
      el("td", { class: "n" }, n.awaiting_approval),
      el("td", { class: "n" }, n.overdue),
      el("td", { class: "n" }, n.orphaned),
      el("td", { class: "n" }, n.problems),
      el("td", { class: "actions" },
        state.me.can_approve && n.awaiting_approval
          ? el("a", { href: `#/contracts/${encodeURIComponent(c.id)}/approve` }, "Approve")
          : null,
        " ",
        el("a", { href: `/preview/${encodeURIComponent(c.id)}` }, "Preview",
          el("span", { class: "visually-hidden" }, ` the public page of ${c.title}`))));
  });
  const total = data.contracts.reduce((sum, c) => sum + c.counts.undecided, 0);
  show("Contracts",
    el("h1", { text: "Contracts" }),
    el("p", {}, `${plural(data.contracts.length, "contract")} in this workspace; ${plural(total, "passage")} to decide.`),
    el("div", { class: "table-wrap" },
      el("table", {},
        el("caption", { class: "visually-hidden" }, "Each contract's progress"),
        el("thead", {}, el("tr", {},
          el("th", { scope: "col" }, "Contract"),
          el("th", { scope: "col", class: "n" }, "Undecided"),
          el("th", { scope: "col", class: "n" }, "Decided"),
          el("th", { scope: "col", class: "n" }, "Awaiting approval"),
          el("th", { scope: "col", class: "n" }, "Overdue"),
          el("th", { scope: "col", class: "n" }, "Orphaned"),
          el("th", { scope: "col", class: "n" }, "Problems"),
          el("th", { scope: "col" }, "Actions"))),
        el("tbody", {}, rows))));
}

// -- a contract's queue ----------------------------------------------------------------------

function statusOf(p) {
  if (!p.decided) return ["undecided", "Undecided"];
  if (p.overdue) return ["redact", "Past its review date"];
  const action = p.decision.action;
  const label = action === "redact" ? `Redacted, ${p.decision.exemption}` : "Released";
  return [action, p.awaiting_approval ? `${label}, awaiting approval` : label];
}

function visible() {
  return state.passages.filter((p) => {
    if (state.filter === "undecided") return !p.decided;
    if (state.filter === "decided") return p.decided;
    if (state.filter === "waiting") return p.awaiting_approval;
    return true;
  });
}

async function loadContract(id) {
  const [contract, passages, reasons] = await Promise.all([
    state.contract && state.contract.id === id ? state.contract : api("GET", contractPath(id)),
    api("GET", `${contractPath(id)}/passages`),
    api("GET", "/api/reasons"),
  ]);
  state.contract = contract;
  state.passages = passages.passages;
  state.orphans = passages.orphans;
  state.counts = passages.counts;
  state.reasons = reasons.reasons;
}

async function contractView(id, key) {
  if (!state.contract || state.contract.id !== id || !state.passages.length || key === null) {
    await loadContract(id);
  }
  const list = visible();
  if (key === null || !state.passages.some((p) => p.key === key)) {
    const first = list[0] || state.passages[0];
    if (first) {
      history.replaceState(null, "", `#/contracts/${encodeURIComponent(id)}/${encodeURIComponent(first.key)}`);
      key = first.key;
    }
  }
  if (state.key !== key) {
    state.key = key;
    state.span = null;
    state.selection = null;
    state.form = null;
  }
  renderContract();
}

function current() { return state.passages.find((p) => p.key === state.key) || null; }

function renderContract() {
  const c = state.contract;
  const n = state.counts;
  const list = visible();
  const filter = el("select", { id: "filter", onchange: (e) => { state.filter = e.target.value; renderContract(); } },
    [["undecided", "Undecided"], ["all", "All passages"], ["decided", "Decided"], ["waiting", "Awaiting approval"]]
      .map(([v, t]) => el("option", { value: v, selected: state.filter === v }, t)));
  const queue = el("nav", { class: "queue", "aria-label": "Passages of this contract" },
    el("ol", {}, list.map((p) => {
      const [kind, label] = statusOf(p);
      return el("li", {}, el("a", {
        href: `#/contracts/${encodeURIComponent(c.id)}/${encodeURIComponent(p.key)}`,
        "aria-current": p.key === state.key ? "true" : null,
      },
      el("span", { class: "q-text" }, p.text),
      el("span", { class: "q-meta" }, `${p.category_label}${p.page ? ", page " + p.page : ""} · `,
        el("span", { class: `badge ${kind}` }, label))));
    })),
    list.length ? null : el("p", { class: "hint" }, "No passage matches this filter."));
  const header = [
    el("h1", {}, c.title),
    el("ul", { class: "counts", "aria-label": "Progress" },
      el("li", {}, `${n.undecided} undecided`),
      el("li", {}, `${n.decided} decided`),
      el("li", {}, `${n.awaiting_approval} awaiting approval`),
      el("li", {}, `${n.overdue} past review date`),
      el("li", {}, `${n.orphaned} orphaned`)),
    el("div", { class: "filters" },
      el("div", {}, el("label", { for: "filter" }, "Show"), filter),
      el("a", { class: "button", href: `/preview/${encodeURIComponent(c.id)}` }, "Preview the public page"),
      state.me.can_approve ? el("a", { class: "button", href: `#/contracts/${encodeURIComponent(c.id)}/approve` }, "Approval view") : null),
  ];
  if (state.orphans.length) header.push(orphansBox());
  const p = current();
  const done = !list.length && state.filter === "undecided";
  show(p && !done ? `${p.text} · ${c.title}` : c.title,
    ...header,
    el("div", { class: "desk" }, queue, passageView(p), decidePanel(done ? null : p)));
  if (p && !done) loadPlace(p);
}

function orphansBox() {
  return el("section", { class: "error-summary", "aria-labelledby": "orphans-title" },
    el("h2", { id: "orphans-title" }, `${plural(state.orphans.length, "decision")} no longer matching the document`),
    el("ul", {}, state.orphans.map((o) => el("li", {},
      `${o.label}: '${o.text || ""}'${o.found ? ` (the document now reads '${o.found}')` : ""} `,
      o.matches.length ? el("button", { type: "button", onclick: () => resolveOrphan(o, "reattach") },
        "Attach it to where the text now is") : null, " ",
      el("button", { type: "button", class: "danger", onclick: () => resolveOrphan(o, "remove") }, "Remove the decision")))));
}

async function resolveOrphan(orphan, action) {
  try {
    await api("POST", `${contractPath(state.contract.id)}/orphans`, { key: orphan.key, action, match: 0 });
    say(action === "remove" ? "Decision removed." : "Decision attached to the text's new place.");
    await loadContract(state.contract.id);
    renderContract();
  } catch (error) { main().prepend(errorBox(error)); }
}

function span() {
  const p = current();
  return state.span || (p && { document: p.document, start: p.start, end: p.end, text: p.text, page: p.page });
}

function passageView(p) {
  if (!p) return el("section", { class: "passage-view" }, el("p", {}, "There are no flagged passages in this contract."));
  const list = visible();
  const at = list.findIndex((x) => x.key === p.key);
  if (at < 0 && state.filter === "undecided" && !list.length) return doneView();
  const s = span();
  const facts = el("dl", { class: "facts" },
    el("dt", {}, "Flagged as"), el("dd", {}, p.category_label),
    el("dt", {}, "Why"), el("dd", {}, p.why),
    p.notes ? [el("dt", {}, "Score"), el("dd", {}, el("details", {}, el("summary", {}, `${p.score} (how it was reached)`), p.notes))] : null,
    el("dt", {}, "Suggested"), el("dd", {}, exemptionName(p.suggested)),
    el("dt", {}, "Where"), el("dd", {}, `${p.document}${s.page ? ", page " + s.page : ""}${p.heading ? ", under '" + p.heading + "'" : ""}`),
    p.ocr !== null && p.ocr !== undefined ? [el("dt", {}, "Read by OCR"), el("dd", {}, `lowest confidence ${Math.round(p.ocr)}%: check it against the page image`)] : null,
    p.public_fact ? [el("dt", {}, "Careful"), el("dd", {}, `This is ${p.public_fact}: it must normally be published.`)] : null);
  const context = el("p", { class: "context", id: "context" },
    el("span", { class: "visually-hidden" }, "The passage in its context: "),
    s.start === p.start ? p.before : "", el("mark", {}, s.text), s.end === p.end ? p.after : "");
  const toolbar = el("div", { class: "toolbar compact", role: "toolbar", "aria-label": "The passage" },
    button("Previous", "k", () => move(-1), { disabled: at <= 0 }),
    button("Next", "j", () => move(1), { disabled: at < 0 || at >= list.length - 1 }),
    p.candidate ? [
      button("Wider: next word", "]", () => adjust("add_after")),
      button("Narrower: last word", "[", () => adjust("drop_last")),
      button("Wider: word before", "}", () => adjust("add_before")),
      button("Narrower: first word", "{", () => adjust("drop_first")),
      state.span ? button("As flagged", "0", () => adjust("reset")) : null,
    ] : null);
  return el("section", { class: "passage-view", "aria-labelledby": "passage-title" },
    el("h2", { id: "passage-title" }, `Passage ${at + 1} of ${list.length}`,
      el("span", { class: "visually-hidden" }, `: ${s.text}`)),
    facts,
    p.decided ? decisionRecord(p) : null,
    toolbar,
    state.span && state.span.adjusted ? el("p", { class: "hint" }, `You changed the passage from '${p.flagged}'.`) : null,
    el("div", { id: "place" }, el("p", { class: "hint" }, "Loading the page…")),
    el("div", { id: "selection" }),
    el("h3", {}, "In its context"),
    context);
}

function doneView() {
  const c = state.contract;
  const n = state.counts;
  return el("section", { class: "passage-view", "aria-labelledby": "passage-title" },
    el("h2", { id: "passage-title" }, "Every flagged passage is decided"),
    el("p", {}, `${plural(n.decided, "decision")} recorded; ${plural(n.awaiting_approval, "decision")} awaiting a second officer's approval.`),
    el("p", {}, "To redact something the scan missed, show all passages and select its words on the page."),
    el("div", { class: "toolbar" },
      el("button", { type: "button", onclick: () => { state.filter = "all"; renderContract(); } }, "Show all passages"),
      el("a", { class: "button", href: `/preview/${encodeURIComponent(c.id)}` }, "Preview the public page")));
}

function button(label, key, onclick, extra) {
  return el("button", { type: "button", onclick, "aria-keyshortcuts": key, ...(extra || {}) },
    label, " ", el("kbd", { class: "shortcut", "aria-hidden": "true" }, key));
}

function exemptionName(code) {
  const e = state.contract && state.contract.catalogue.exemptions.find((x) => x.code === code);
  return e ? `${e.code}, ${e.title}` : code || "none";
}

function decisionRecord(p) {
  const d = p.decision;
  const lines = [
    el("p", {}, el("strong", {}, d.action === "redact" ? `Redact under ${exemptionName(d.exemption)}` : "Release"),
      `, decided by ${d.decided_by} on ${d.decided_on}`),
    el("p", {}, "Reason for the public: ", d.public_reason),
  ];
  if (d.harm) lines.push(el("p", {}, `Harm (release ${d.harm.likelihood}): ${d.harm.description}`));
  if (d.public_interest) {
    lines.push(el("p", {}, `For release: ${d.public_interest.for_disclosure.join("; ")}`));
    lines.push(el("p", {}, `For withholding: ${d.public_interest.for_withholding.join("; ")}`));
    lines.push(el("p", {}, `Conclusion: ${d.public_interest.conclusion}`));
  }
  if (d.justification) lines.push(el("p", {}, `Justification: ${d.justification}`));
  for (const r of d.representations || []) {
    lines.push(el("p", {}, `Representations from ${r.by} on ${r.on}: ${r.summary}${r.document ? " (" + r.document + ")" : ""}`));
  }
  if (d.review_by) lines.push(el("p", {}, `Review by ${d.review_by}`));
  if (d.approved_by) lines.push(el("p", {}, `Approved by ${d.approved_by} on ${d.approved_on}`));
  else if (p.awaiting_approval) lines.push(el("p", {}, "Awaiting a second officer's approval."));
  return el("div", { class: "decision-record", "aria-label": "The decision recorded" }, lines);
}

function move(step) {
  const list = visible();
  const at = list.findIndex((x) => x.key === state.key);
  const next = list[Math.min(Math.max(at + step, 0), list.length - 1)];
  if (next && next.key !== state.key) location.hash = `#/contracts/${encodeURIComponent(state.contract.id)}/${encodeURIComponent(next.key)}`;
}

async function adjust(how) {
  const p = current();
  if (!p || !p.candidate) return;
  const s = span();
  try {
    const result = await api("POST", `${contractPath(state.contract.id)}/passages/adjust`,
      { candidate: p.candidate, document: s.document, start: s.start, end: s.end, how });
    state.span = result.adjusted ? result : null;
    renderContract();
    say(`The passage is now '${result.text}'.`);
  } catch (error) { say(error.message); }
}

// -- the page the passage is on --------------------------------------------------------------

async function loadPlace(p) {
  const place = document.getElementById("place");
  if (!place) return;
  const s = span();
  const doc = state.contract.documents.find((d) => d.name === p.document);
  try {
    if (doc && doc.format === "pdf" && s.page) {
      const page = (state.page && state.page.document === p.document) ? state.page.page : s.page;
      await renderPage(place, p, page === s.page ? s.page : page);
    } else {
      await renderBlocks(place, p);
    }
  } catch (error) {
    place.replaceChildren(errorBox(error, "The page cannot be shown"));
  }
}

async function renderPage(place, p, number) {
  const s = span();
  const data = await api("GET", `${contractPath(state.contract.id)}/pages/${number}?document=${encodeURIComponent(p.document)}`);
  const boxes = number === s.page || !s.page
    ? (await api("GET", `${contractPath(state.contract.id)}/boxes?document=${encodeURIComponent(s.document)}&start=${s.start}&end=${s.end}`)).boxes
    : [];
  const frame = el("div", { class: "page-frame" });
  frame.style.width = `${state.zoom * 100}%`;
  const scroller = el("div", { class: "page-scroll", tabindex: "0", role: "region", "aria-label": `Page ${number} of ${p.document}` }, frame);
  const img = el("img", {
    src: data.image,
    alt: `Page ${number} of ${p.document}${boxes.length ? ", with the passage outlined where it would be blacked out" : ""}.`,
  });
  frame.append(img);
  const byKey = Object.fromEntries(state.passages.map((x) => [x.key, x]));
  for (const mark of data.marks) {
    if (mark.key === p.key) continue;
    const other = byKey[mark.key];
    frame.append(box(mark, other && other.decided ? other.decision.action : ""));
  }
  for (const b of boxes) if (b.page === number) frame.append(box(b, "current"));
  const layer = el("div", { class: "text-layer", "aria-hidden": "true" });
  for (const w of data.words) {
    const word = el("span", { "data-start": w[0], "data-end": w[1] }, w[6]);
    position(word, w[2], w[3], w[4], w[5]);
    layer.append(word);
  }
  frame.append(layer);
  layer.addEventListener("mouseup", () => selected(layer, p.document));
  const fit = () => {
    const height = frame.clientHeight;
    for (const word of layer.children) {
      word.style.fontSize = `${Math.max(4, parseFloat(word.style.height) / 100 * height * 0.9)}px`;
    }
  };
  img.addEventListener("load", fit);
  window.addEventListener("resize", fit, { passive: true });
  const nav = el("div", { class: "page-nav" },
    el("button", { type: "button", disabled: number <= 1, onclick: () => { state.page = { document: p.document, page: number - 1 }; loadPlace(p); } }, "Previous page"),
    el("span", {}, `Page ${number} of ${data.pages}`),
    el("button", { type: "button", disabled: number >= data.pages, onclick: () => { state.page = { document: p.document, page: number + 1 }; loadPlace(p); } }, "Next page"),
    number !== s.page ? el("button", { type: "button", onclick: () => { state.page = null; loadPlace(p); } }, "Back to the passage's page") : null,
    button(state.zoom > 1 ? "Whole page" : "Zoom in", "z", () => zoom()));
  place.replaceChildren(nav, scroller,
    el("p", { class: "hint" }, "To redact something the scan missed, select its words on the page, then choose 'Redact the selection'."));
  if (boxes.length && number === s.page) {
    const b = boxes[0];
    const centre = () => {
      scroller.scrollTop = Math.max(0, b.y0 * frame.clientHeight - scroller.clientHeight / 2);
      scroller.scrollLeft = Math.max(0, b.x0 * frame.clientWidth - scroller.clientWidth / 2);
    };
    if (img.complete) centre(); else img.addEventListener("load", centre);
  }
}

function zoom() {
  state.zoom = state.zoom > 1 ? 1 : 2;
  const p = current();
  if (p) loadPlace(p);
}

function position(node, x0, y0, x1, y1) {
  node.style.left = `${x0 * 100}%`;
  node.style.top = `${y0 * 100}%`;
  node.style.width = `${(x1 - x0) * 100}%`;
  node.style.height = `${(y1 - y0) * 100}%`;
}

function box(b, kind) {
  const node = el("div", { class: `page-mark ${kind}`, "aria-hidden": "true" });
  position(node, b.x0, b.y0, b.x1, b.y1);
  return node;
}

async function renderBlocks(place, p) {
  const s = span();
  const data = await api("GET", `${contractPath(state.contract.id)}/blocks?document=${encodeURIComponent(p.document)}&offset=${s.start}`);
  const marks = state.passages.filter((x) => x.document === p.document);
  const container = el("div", { class: "doc-text", tabindex: "0", role: "region", "aria-label": `${p.document}: the passage in its paragraphs` });
  for (const block of data.blocks) {
    const para = el(block.kind === "heading" ? "h4" : "p", {});
    const re = /\S+/g;
    let m;
    let last = 0;
    while ((m = re.exec(block.text)) !== null) {
      if (m.index > last) para.append(block.text.slice(last, m.index));
      const start = block.start + m.index;
      const end = start + m[0].length;
      const word = el("span", { "data-start": start, "data-end": end }, m[0]);
      if (start < s.end && end > s.start) word.className = "w-current";
      else if (marks.some((x) => x.decided && x.decision.action === "redact" && start < x.end && end > x.start)) word.className = "w-redact";
      else if (marks.some((x) => start < x.end && end > x.start)) word.className = "w-candidate";
      para.append(word);
      last = m.index + m[0].length;
    }
    container.append(para);
  }
  container.addEventListener("mouseup", () => selected(container, p.document));
  place.replaceChildren(
    el("p", { class: "hint" }, `${p.document} is shown as its text: the highlighted words are the passage. Select other words to redact them.`),
    container);
  const mark = container.querySelector(".w-current");
  if (mark) container.scrollTop = Math.max(0, mark.offsetTop - container.offsetTop - 80);
}

async function selected(container, documentName) {
  const selection = window.getSelection();
  if (!selection || selection.isCollapsed) return;
  const words = [...container.querySelectorAll("[data-start]")].filter((w) => selection.containsNode(w, true));
  if (!words.length) return;
  const start = Math.min(...words.map((w) => Number(w.dataset.start)));
  const end = Math.max(...words.map((w) => Number(w.dataset.end)));
  await selectSpan(documentName, start, end);
}

async function selectSpan(documentName, start, end) {
  const bar = document.getElementById("selection");
  try {
    const result = await api("POST", `${contractPath(state.contract.id)}/selection`, { document: documentName, start, end });
    state.selection = result;
    bar.replaceChildren(el("div", { class: "selection-bar" },
      el("p", {}, "Selected: ", el("strong", {}, `'${result.text}'`),
        result.occurrences > 1 ? ` (it appears ${result.occurrences} times in the contract)` : ""),
      result.clash
        ? el("p", { class: "error" }, `It cannot be redacted on its own: ${result.clash}.`)
        : button("Redact the selection", "x", () => openForm("redact", "selection")),
      " ",
      el("button", { type: "button", onclick: () => { state.selection = null; bar.replaceChildren(); } }, "Clear")));
  } catch (error) { bar.replaceChildren(errorBox(error)); }
}

// -- deciding --------------------------------------------------------------------------------

function decidePanel(p) {
  if (!p) return el("div", { id: "decide" });
  const panel = el("section", { class: "decide", id: "decide", "aria-labelledby": "decide-title" });
  panel.append(el("h2", { id: "decide-title" }, state.form ? formTitle() : "Decide"));
  if (!state.me.can_decide) {
    panel.append(el("p", {}, "You are an approver here: decisions are made by the officers listed in transparency.yaml."));
    return panel;
  }
  if (!state.form) {
    panel.append(...[
      el("p", {}, p.decided ? "This passage is decided. You may decide it again:" : "What would you like to do?"),
      el("div", { class: "toolbar" },
        button("Redact", "r", () => openForm("redact")),
        button("Release", "l", () => openForm("release")),
        button("Skip", "s", () => { say("Skipped for now."); move(1); })),
      p.decided ? el("p", {}, el("button", { type: "button", class: "danger", onclick: () => undo(p) }, "Remove this decision")) : null,
    ].filter(Boolean));
    return panel;
  }
  panel.append(decisionForm(p));
  return panel;
}

function formTitle() {
  if (state.form === "release") return "Release it";
  return state.formTarget === "selection" ? "Redact the selection" : "Redact it";
}

function openForm(kind, target) {
  if (!state.me.can_decide) return;
  state.form = kind;
  state.formTarget = target || "passage";
  const panel = document.getElementById("decide");
  panel.replaceWith(decidePanel(current()));
  const first = document.querySelector("#decide-form select, #decide-form textarea, #decide-form input");
  if (first) first.focus();
}

function closeForm() {
  state.form = null;
  const panel = document.getElementById("decide");
  if (panel) panel.replaceWith(decidePanel(current()));
}

function target() {
  const p = current();
  if (state.formTarget === "selection" && state.selection) {
    const s = state.selection;
    return { passage: null, body: { document: s.document, start: s.start, end: s.end, text: s.text }, text: s.text, category: null, heading: s.heading, environmental: s.environmental, fact: s.public_fact };
  }
  const s = span();
  const body = { candidate: p.candidate };
  if (state.span || !p.candidate) Object.assign(body, { document: s.document, start: s.start, end: s.end, text: s.text });
  if (!p.candidate) body.replaces = p.key;
  return { passage: p, body, text: s.text, category: p.category, heading: p.heading, environmental: p.environmental, fact: state.span ? state.span.public_fact : p.public_fact };
}

function field(id, label, control, hint) {
  return el("div", { class: "field" }, el("label", { for: id }, label), hint ? el("span", { class: "hint", id: id + "-hint" }, hint) : null, control);
}

function textarea(id, value, hint) {
  return el("textarea", { id, name: id, "aria-describedby": hint ? id + "-hint" : null }, value || "");
}

function decisionForm(p) {
  const t = target();
  const catalogue = state.contract.catalogue;
  const environmental = Boolean(t.environmental);
  const codes = environmental ? catalogue.environmental : catalogue.general;
  const exemptions = catalogue.exemptions.filter((e) => codes.includes(e.code));
  const previous = p.decided ? p.decision : null;
  const form = el("form", { id: "decide-form", novalidate: true });
  form.append(el("p", {}, "Passage: ", el("strong", {}, `'${t.text}'`)));
  form.append(el("div", { id: "form-errors" }));
  if (state.form === "redact") {
    const fact = t.fact || "";
    if (fact) {
      form.append(field("override", "Override: why must it be withheld all the same?",
        textarea("override", previous && previous.override, "x"),
        `'${t.text}' is ${fact}. The law expects it to be published, so redacting it needs an override (for example national security).`));
    }
    const suggested = t.passage ? t.passage.suggested : null;
    const chosen = (previous && previous.exemption) || suggested || (exemptions[0] && exemptions[0].code);
    const select = el("select", { id: "exemption", name: "exemption", "aria-describedby": "exemption-hint",
      onchange: () => grounds(form, select.value, previous) },
      exemptions.map((e) => el("option", { value: e.code, selected: e.code === chosen },
        `${e.code}, ${e.title}${e.code === suggested ? " (suggested)" : ""}`)));
    form.append(field("exemption", "Which exemption applies?", select,
      environmental ? "This document is environmental information: the Environmental Information Regulations apply, with a presumption in favour of release and no absolute exceptions." : "The scan's suggestion is marked."));
    form.append(reasonPicker(form, t));
    form.append(el("div", { id: "grounds" }));
    form.append(field("public_reason", "The reason shown to the public",
      textarea("public_reason", previous && previous.public_reason, "x"), "In plain English, one or two sentences: what is withheld and why."));
    form.append(field("review_by", "Review date", el("input", { type: "date", id: "review_by", name: "review_by", "aria-describedby": "review_by-hint" }),
      "When must this redaction be looked at again? After that date the site cannot be published until it is decided again."));
    queueMicrotask(() => grounds(form, select.value, previous));
  } else {
    form.append(field("public_reason", "Why may it be published?",
      textarea("public_reason", (previous && previous.action === "release" && previous.public_reason) || state.releaseReason, "x"),
      "One plain sentence for the record, for example: \u201cA team mailbox, not a person's address.\u201d"));
  }
  form.append(representations(previous));
  form.append(bulkChoices(t));
  form.append(el("div", { class: "toolbar" },
    el("button", { type: "submit", class: "primary", "aria-keyshortcuts": "Control+Enter" }, "Save this decision"),
    el("button", { type: "button", onclick: closeForm, "aria-keyshortcuts": "Escape" }, "Cancel"),
    state.form === "redact" ? el("button", { type: "button", onclick: () => saveReason(form, t) }, "Keep as a house reason") : null));
  form.addEventListener("submit", (event) => { event.preventDefault(); save(form, t); });
  form.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) { event.preventDefault(); save(form, t); }
    if (event.key === "Escape") { event.preventDefault(); closeForm(); }
  });
  return form;
}

function earlierReasons() {
  // The terminal offers the reasons of the last redaction under the same exemption in this
  // contract; the desk offers each exemption's last one in the same way.
  const byExemption = new Map();
  for (const p of state.passages) {
    const d = p.decision;
    if (!d || d.action !== "redact") continue;
    byExemption.set(d.exemption, {
      title: `As the redaction of '${p.text}' in this contract`,
      exemption: d.exemption,
      public_reason: d.public_reason,
      justification: d.justification,
      harm: d.harm && d.harm.description,
      likelihood: d.harm && d.harm.likelihood,
      for_disclosure: d.public_interest ? d.public_interest.for_disclosure : [],
      for_withholding: d.public_interest ? d.public_interest.for_withholding : [],
      conclusion: d.public_interest && d.public_interest.conclusion,
      trade_secret: d.trade_secret,
    });
  }
  return [...byExemption.values()];
}

function reasonPicker(form, t) {
  const house = state.reasons.filter((r) => r.action !== "release");
  const sorted = [...house].sort((a, b) => (b.category === t.category) - (a.category === t.category));
  const earlier = earlierReasons();
  if (!sorted.length && !earlier.length) return el("p", { class: "hint" }, "No house reasons yet: write this one, then keep it as a house reason.");
  const all = [...sorted, ...earlier];
  const select = el("select", { id: "house_reason", onchange: () => applyReason(form, all[Number(select.value)]) },
    el("option", { value: "" }, "Write the reasons here"),
    sorted.length ? el("optgroup", { label: "House reasons" },
      sorted.map((r, i) => el("option", { value: i }, `${r.title}${r.category ? " (" + r.category + ")" : ""}`))) : null,
    earlier.length ? el("optgroup", { label: "Earlier in this contract" },
      earlier.map((r, i) => el("option", { value: sorted.length + i }, `${r.title} (${r.exemption})`))) : null);
  return field("house_reason", "Start from a house reason", select, "Fills in the reasons below; edit them for this passage.");
}

function applyReason(form, reason) {
  if (!reason) return;
  const set = (name, value) => { const node = form.querySelector(`[name="${name}"]`); if (node && value) node.value = value; };
  if (reason.exemption) {
    const select = form.querySelector("#exemption");
    if ([...select.options].some((o) => o.value === reason.exemption)) {
      select.value = reason.exemption;
      grounds(form, reason.exemption, null);
    }
  }
  set("public_reason", reason.public_reason);
  set("justification", reason.justification);
  set("harm", reason.harm);
  if (reason.likelihood) {
    const radio = form.querySelector(`input[name="likelihood"][value="${reason.likelihood}"]`);
    if (radio) radio.checked = true;
  }
  const presets = state.contract.catalogue.factors;
  for (const side of ["for_disclosure", "for_withholding"]) {
    const own = [];
    for (const factor of reason[side] || []) {
      const box = [...form.querySelectorAll(`input[name="${side}"]`)].find((b) => b.value === factor);
      if (box) box.checked = true; else if (!presets[side].includes(factor)) own.push(factor);
    }
    set(`${side}_own`, own.join("\n"));
  }
  set("conclusion", reason.conclusion);
  if (reason.trade_secret) {
    set("ts_secret", reason.trade_secret.secret);
    set("ts_value", reason.trade_secret.commercial_value);
    set("ts_protected", reason.trade_secret.protected);
  }
  say(`Reasons filled in from '${reason.title}'. Edit them for this passage.`);
}

function grounds(form, code, previous) {
  const e = state.contract.catalogue.exemptions.find((x) => x.code === code);
  const box = form.querySelector("#grounds");
  if (!e || !box) return;
  const parts = [el("p", { class: "hint" }, `${e.code}: ${e.kind}. ${e.summary}`)];
  const same = previous && previous.exemption === code ? previous : null;
  if (e.test === "justification") {
    parts.push(field("justification", `${e.code} is absolute: why does it apply to this passage?`,
      textarea("justification", same && same.justification, "x"), "There is no public interest test, but record why the exemption applies."));
  }
  if (e.prejudice !== "none") {
    const verb = { endanger: "endanger", adverse_effect: "adversely affect" }[e.prejudice] || "prejudice";
    parts.push(field("harm", `The harm (${e.code} needs it)`, textarea("harm", same && same.harm && same.harm.description, "x"),
      "What harm would release cause, and to whom? How would release lead to it?"));
    if (e.prejudice === "adverse_effect") {
      parts.push(el("p", { class: "hint" }, "Under the EIR the test is that release would adversely affect the interest (more probable than not); that is what will be recorded."));
    } else {
      const likely = same && same.harm ? same.harm.likelihood : "would be likely to";
      parts.push(el("fieldset", { class: "choices" }, el("legend", {}, "How likely is it?"),
        el("label", {}, el("input", { type: "radio", name: "likelihood", value: "would", checked: likely === "would" }), `Release would ${verb}: more probable than not`),
        el("label", {}, el("input", { type: "radio", name: "likelihood", value: "would be likely to", checked: likely !== "would" }), `Release would be likely to ${verb}: a real and significant risk`)));
    }
  }
  if (e.trade_secret) {
    const ts = (same && same.trade_secret) || {};
    parts.push(el("fieldset", {}, el("legend", {}, "The three conditions of a trade secret"),
      field("ts_secret", "Is it secret? Who knows it", textarea("ts_secret", ts.secret)),
      field("ts_value", "Why is it valuable because it is secret", textarea("ts_value", ts.commercial_value)),
      field("ts_protected", "What steps were taken to keep it secret", textarea("ts_protected", ts.protected))));
  }
  if (e.qualified) {
    const factors = state.contract.catalogue.factors;
    const pi = (same && same.public_interest) || { for_disclosure: [], for_withholding: [], conclusion: "" };
    const side = (name, title, presets) => el("fieldset", { class: "choices" }, el("legend", {}, title),
      presets.map((f, i) => el("label", {}, el("input", { type: "checkbox", name, value: f, id: `${name}-${i}`, checked: pi[name].includes(f) }), f)),
      field(`${name}_own`, "Add factors in your own words, one per line", textarea(`${name}_own`, pi[name].filter((f) => !presets.includes(f)).join("\n"))));
    parts.push(el("h3", {}, "The public interest test"),
      side("for_disclosure", "Factors for releasing it", factors.for_disclosure),
      side("for_withholding", "Factors for withholding it", factors.for_withholding),
      field("conclusion", "Conclusion", textarea("conclusion", pi.conclusion, "x"),
        e.overriding ? `${e.code} allows withholding only where the public interest in withholding is overriding: say so in the conclusion.`
          : "Weigh the factors and say which way the balance falls, and why."));
  }
  box.replaceChildren(...parts);
  const review = form.querySelector("#review_by");
  if (review) review.value = (same && same.review_by) || e.default_review_by;
}

function representations(previous) {
  const list = el("div", { id: "representations" });
  const supplier = state.contract.supplier;
  const add = (r) => {
    const n = list.children.length + 1;
    const id = (name) => `rep-${n}-${name}`;
    list.append(el("fieldset", { class: "representation" }, el("legend", {}, `Representation ${n}`),
      field(id("by"), "Who made them", el("input", { type: "text", id: id("by"), value: (r && r.by) || supplier, "data-rep": "by" })),
      field(id("on"), "When", el("input", { type: "date", id: id("on"), value: (r && r.on) || "", "data-rep": "on" })),
      field(id("summary"), "What they argued", el("textarea", { id: id("summary"), "data-rep": "summary" }, (r && r.summary) || "")),
      field(id("document"), "The document that records them (if any)", el("input", { type: "text", id: id("document"), value: (r && r.document) || "", "data-rep": "document" }))));
  };
  for (const r of (previous && previous.representations) || []) add(r);
  return el("fieldset", {}, el("legend", {}, "The supplier's representations"),
    el("p", { class: "hint" }, "Evidence you weighed, shown among the factors and on the public page; never the decision itself."),
    list,
    el("button", { type: "button", onclick: () => add(null) }, "Add a representation from the supplier"));
}

function bulkChoices(t) {
  if (!t.passage || state.formTarget === "selection") return el("div");
  const undecided = state.passages.filter((x) => !x.decided && x.key !== t.passage.key && x.candidate);
  const sameText = undecided.filter((x) => x.text === t.passage.text);
  const sameSection = undecided.filter((x) => x.category === t.passage.category && x.section === t.passage.section && x.document === t.passage.document);
  if (!sameText.length && !sameSection.length) return el("div");
  return el("fieldset", { class: "choices" }, el("legend", {}, "Decide others the same way"),
    sameText.length ? el("label", {}, el("input", { type: "checkbox", name: "bulk", value: "text", id: "bulk-text" }),
      `The same text everywhere in this contract: '${t.passage.text}' ${plural(sameText.length, "more time")}, undecided`) : null,
    sameSection.length ? el("label", {}, el("input", { type: "checkbox", name: "bulk", value: "section", id: "bulk-section" }),
      `Every undecided ${t.passage.category_label.toLowerCase()} passage under '${t.passage.heading || "the document's start"}' (${sameSection.length} more)`) : null);
}

function bulkTargets(form, t) {
  if (!t.passage) return [];
  const undecided = state.passages.filter((x) => !x.decided && x.key !== t.passage.key && x.candidate);
  const out = new Set();
  if (form.querySelector("#bulk-text:checked")) undecided.filter((x) => x.text === t.passage.text).forEach((x) => out.add(x.key));
  if (form.querySelector("#bulk-section:checked")) {
    undecided.filter((x) => x.category === t.passage.category && x.section === t.passage.section && x.document === t.passage.document)
      .forEach((x) => out.add(x.key));
  }
  return [...out];
}

function lines(value) { return (value || "").split("\n").map((s) => s.trim()).filter(Boolean); }

function answers(form) {
  const value = (name) => { const node = form.querySelector(`[name="${name}"], #${name}`); return node ? node.value.trim() : ""; };
  const body = { action: state.form, public_reason: value("public_reason") };
  if (state.form === "redact") {
    body.exemption = value("exemption");
    const e = state.contract.catalogue.exemptions.find((x) => x.code === body.exemption);
    if (value("override")) body.override = value("override");
    if (form.querySelector("#justification")) body.justification = value("justification");
    if (form.querySelector("#harm")) {
      const radio = form.querySelector('input[name="likelihood"]:checked');
      body.harm = { description: value("harm"), likelihood: e && e.prejudice === "adverse_effect" ? "would" : (radio ? radio.value : "would be likely to") };
    }
    if (form.querySelector("#ts_secret")) {
      body.trade_secret = { secret: value("ts_secret"), commercial_value: value("ts_value"), protected: value("ts_protected") };
    }
    if (form.querySelector("#conclusion")) {
      const sides = {};
      for (const side of ["for_disclosure", "for_withholding"]) {
        sides[side] = [...form.querySelectorAll(`input[name="${side}"]:checked`)].map((b) => b.value).concat(lines(value(`${side}_own`)));
      }
      body.public_interest = { ...sides, conclusion: value("conclusion") };
    }
    if (value("review_by")) body.review_by = value("review_by");
  }
  const reps = [...form.querySelectorAll("fieldset.representation")].map((set) => {
    const r = {};
    for (const node of set.querySelectorAll("[data-rep]")) if (node.value.trim()) r[node.dataset.rep] = node.value.trim();
    return r;
  }).filter((r) => Object.keys(r).length);
  if (reps.length) body.representations = reps;
  return body;
}

async function save(form, t) {
  const body = { ...t.body, ...answers(form) };
  const p = current();
  if (t.passage && p.decided) body.seen = p.version;
  else body.seen = null;
  const others = bulkTargets(form, t);
  if (others.length) body.apply_to = others;
  const errors = form.querySelector("#form-errors");
  try {
    const result = await api("POST", `${contractPath(state.contract.id)}/decisions`, body);
    if (state.form === "release") state.releaseReason = body.public_reason;
    const extra = result.saved.length > 1 ? ` and ${plural(result.saved.length - 1, "more passage")}` : "";
    const skipped = result.not_saved.length ? ` ${plural(result.not_saved.length, "passage")} not decided: ${result.not_saved.map((x) => x.message).join("; ")}` : "";
    const wasSelection = state.formTarget === "selection";
    state.form = null;
    state.span = null;
    state.selection = null;
    const before = visible();
    const at = before.findIndex((x) => x.key === state.key);
    await loadContract(state.contract.id);
    say(`Saved${extra}.${skipped}`);
    if (wasSelection) { renderContract(); return; }
    const after = visible();
    const next = after.find((x, i) => i >= at && x.key !== state.key) || after[0];
    if (next && next.key !== state.key && state.filter === "undecided") {
      location.hash = `#/contracts/${encodeURIComponent(state.contract.id)}/${encodeURIComponent(next.key)}`;
    } else {
      renderContract();
    }
  } catch (error) {
    const title = error.status === 409 ? "Another officer changed this passage" : "This decision cannot be saved as it stands";
    errors.replaceChildren(errorBox(error, title));
    errors.firstChild.focus();
    if (error.status === 409) {
      await loadContract(state.contract.id);
      errors.append(el("p", {}, el("button", { type: "button", onclick: () => { state.form = null; renderContract(); } }, "Show the passage as it now stands")));
    }
  }
}

async function undo(p) {
  if (!window.confirm(`Remove the decision on '${p.text}'? The passage becomes undecided again.`)) return;
  try {
    await api("DELETE", `${contractPath(state.contract.id)}/decisions/${encodeURIComponent(p.key)}?seen=${encodeURIComponent(p.version)}`);
    await loadContract(state.contract.id);
    say("Decision removed: the passage is undecided again.");
    renderContract();
  } catch (error) { say(error.message); }
}

async function saveReason(form, t) {
  const a = answers(form);
  const title = window.prompt("A title for this house reason (for example 'Unit prices'):");
  if (!title) return;
  const reason = { title, category: t.category && t.category !== "MANUAL" ? t.category : undefined, exemption: a.exemption, public_reason: a.public_reason };
  if (a.justification) reason.justification = a.justification;
  if (a.harm) { reason.harm = a.harm.description; reason.likelihood = a.harm.likelihood; }
  if (a.public_interest) Object.assign(reason, { for_disclosure: a.public_interest.for_disclosure, for_withholding: a.public_interest.for_withholding, conclusion: a.public_interest.conclusion });
  try {
    await api("POST", "/api/reasons", reason);
    state.reasons = (await api("GET", "/api/reasons")).reasons;
    say(`Kept '${title}' as a house reason.`);
  } catch (error) { form.querySelector("#form-errors").replaceChildren(errorBox(error, "The house reason was not kept")); }
}

// -- approval --------------------------------------------------------------------------------

async function approvalView(id) {
  if (!state.contract || state.contract.id !== id) await loadContract(id);
  const data = await api("GET", `${contractPath(id)}/approvals`);
  state.approvals = data.waiting;
  state.approvalIndex = Math.min(state.approvalIndex, Math.max(0, data.waiting.length - 1));
  renderApprovals();
}

function renderApprovals() {
  const c = state.contract;
  const mine = state.approvals.filter((x) => x.own);
  const todo = state.approvals.filter((x) => !x.own);
  const items = state.approvals.map((item, i) => el("article", {
    class: "approval-item", "aria-current": i === state.approvalIndex ? "true" : null, id: `approval-${i}`, "aria-labelledby": `approval-${i}-title`,
  },
  el("h2", { id: `approval-${i}-title` }, `'${item.text}'`),
  el("p", { class: "hint" }, `${item.category_label || ""} in ${item.document || ""}${item.page ? ", page " + item.page : ""}${item.heading ? ", under '" + item.heading + "'" : ""}`),
  item.before !== undefined ? el("p", { class: "context" }, item.before, el("mark", {}, item.text), item.after) : null,
  item.decision ? decisionRecord({ ...item, awaiting_approval: false }) : null,
  item.own
    ? el("p", {}, "You decided this yourself: someone else must approve it.")
    : el("div", { class: "toolbar" }, button("Approve", "a", () => approve([item]))),
  ));
  show(`Approval: ${c.title}`,
    el("h1", {}, `Approval: ${c.title}`),
    el("p", {}, `${plural(todo.length, "decision")} to approve`, mine.length ? `; you made ${mine.length} of the waiting decisions yourself, and someone else must approve those.` : "."),
    todo.length > 1 ? el("p", {}, el("button", { type: "button", onclick: () => {
      if (window.confirm(`Approve all ${todo.length}, having read them?`)) approve(todo);
    } }, `Approve all ${todo.length}, having read them`)) : null,
    state.approvals.length ? items : el("p", {}, "Nothing is waiting for approval."),
    el("p", {}, el("a", { href: `#/contracts/${encodeURIComponent(c.id)}` }, "Back to the contract's passages")));
}

async function approve(items) {
  try {
    const result = await api("POST", `${contractPath(state.contract.id)}/approvals`,
      { records: items.map((x) => ({ key: x.key, seen: x.version })) });
    say(`Approved ${plural(result.approved.length, "decision")}.`);
    await approvalView(state.contract.id);
  } catch (error) { main().prepend(errorBox(error, "Not approved")); }
}

// -- review dates and house reasons ----------------------------------------------------------

async function dueView() {
  const data = await api("GET", "/api/due");
  const rows = data.due.map((d) => el("tr", {},
    el("td", {}, el("a", { href: `#/contracts/${encodeURIComponent(d.contract)}/${encodeURIComponent(d.key)}` }, d.contract)),
    el("td", {}, d.text),
    el("td", {}, d.exemption),
    el("td", {}, d.review_by),
    el("td", {}, d.overdue ? `${-d.days} days ago` : `in ${d.days} days`),
    el("td", {}, d.decided_by),
    el("td", {}, renewForm(d))));
  show("Review dates",
    el("h1", {}, "Review dates"),
    el("p", {}, data.due.length ? `${plural(data.due.length, "redaction")} past or near its review date. Once the date has passed the site cannot be published until the redaction is decided again.` : "No redaction is due for review."),
    data.due.length ? el("div", { class: "table-wrap" }, el("table", {},
      el("thead", {}, el("tr", {}, ["Contract", "Text", "Exemption", "Review by", "When", "Decided by", "Keep it on the same grounds"].map((h) => el("th", { scope: "col" }, h)))),
      el("tbody", {}, rows))) : null);
}

function renewForm(d) {
  const id = `renew-${d.contract}-${d.key}`.replace(/[^A-Za-z0-9_-]/g, "-");
  const input = el("input", { type: "date", id, value: "" });
  const form = el("form", {}, el("label", { for: id, class: "label" }, "New review date"), input, " ",
    el("button", { type: "submit" }, "Renew"));
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    try {
      await api("POST", `${contractPath(d.contract)}/renewals`, { key: d.key, review_by: input.value, seen: d.version });
      say("Renewed: it needs a fresh approval.");
      dueView();
    } catch (error) { form.append(errorBox(error)); }
  });
  return form;
}

async function reasonsView() {
  const data = await api("GET", "/api/reasons");
  state.reasons = data.reasons;
  const list = el("ul", { class: "reasons-list" }, data.reasons.map((r) => el("li", {},
    el("h2", {}, r.title),
    el("p", { class: "hint" }, `${r.category ? "For " + r.category + " passages" : "For any passage"}${r.exemption ? ", under " + r.exemption : ""}`),
    el("p", {}, "Reason for the public: ", r.public_reason),
    r.harm ? el("p", {}, `Harm (${r.likelihood || "would be likely to"}): ${r.harm}`) : null,
    (r.for_disclosure || []).length ? el("p", {}, `For release: ${r.for_disclosure.join("; ")}`) : null,
    (r.for_withholding || []).length ? el("p", {}, `For withholding: ${r.for_withholding.join("; ")}`) : null,
    r.conclusion ? el("p", {}, `Conclusion: ${r.conclusion}`) : null,
    el("button", { type: "button", class: "danger", onclick: async () => {
      if (!window.confirm(`Delete the house reason '${r.title}'?`)) return;
      try { await api("DELETE", `/api/reasons/${encodeURIComponent(r.title)}`); say("Deleted."); reasonsView(); } catch (error) { say(error.message); }
    } }, "Delete", el("span", { class: "visually-hidden" }, ` the house reason ${r.title}`)))));
  show("House reasons",
    el("h1", {}, "House reasons"),
    el("p", {}, "The wording officers start from for each kind of passage, kept in the workspace's reasons.yaml. Write one while deciding a passage and choose 'Keep as a house reason'; each decision is still written for its own passage."),
    data.reasons.length ? list : el("p", {}, "There are no house reasons yet."));
}

// -- the keyboard ----------------------------------------------------------------------------

document.addEventListener("keydown", (event) => {
  if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || typing(event)) return;
  const help = document.getElementById("help");
  if (event.key === "?") { event.preventDefault(); help.open ? help.close() : help.showModal(); return; }
  if (help.open) return;
  const hash = location.hash;
  if (/^#\/contracts\/[^/]+\/approve/.test(hash)) {
    const items = state.approvals;
    if (event.key === "j" || event.key === "ArrowDown") { state.approvalIndex = Math.min(state.approvalIndex + 1, items.length - 1); renderApprovals(); focusApproval(); event.preventDefault(); }
    else if (event.key === "k" || event.key === "ArrowUp") { state.approvalIndex = Math.max(state.approvalIndex - 1, 0); renderApprovals(); focusApproval(); event.preventDefault(); }
    else if (event.key === "a") {
      const item = items[state.approvalIndex];
      if (item && !item.own) { event.preventDefault(); approve([item]); }
    }
    return;
  }
  if (!/^#\/contracts\//.test(hash) || state.form) return;
  const actions = {
    j: () => move(1), ArrowDown: () => move(1), k: () => move(-1), ArrowUp: () => move(-1),
    r: () => openForm("redact"), l: () => openForm("release"),
    s: () => { say("Skipped for now."); move(1); },
    "]": () => adjust("add_after"), "[": () => adjust("drop_last"),
    "}": () => adjust("add_before"), "{": () => adjust("drop_first"), 0: () => adjust("reset"),
    x: () => { if (state.selection && !state.selection.clash) openForm("redact", "selection"); },
    z: () => zoom(),
  };
  const action = actions[event.key];
  if (action) { event.preventDefault(); action(); }
});

function focusApproval() {
  const node = document.getElementById(`approval-${state.approvalIndex}`);
  if (node) { node.setAttribute("tabindex", "-1"); node.focus(); }
}

document.getElementById("help-button").addEventListener("click", () => document.getElementById("help").showModal());
window.addEventListener("hashchange", route);
route();
