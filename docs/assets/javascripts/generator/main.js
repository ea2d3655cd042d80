// The message generator's glue: the form -> the engine (Pyodide in a worker) -> the message.
// The page works before Python is ready (the default message is in the HTML) and without it.
// Rules, wording, mailto and .eml all come from the engine; this file only wires events.
import { engine } from "../engine/boot.js";
import { forgetAll } from "../forget.js";
import * as draft from "./draft.js";
import { readFields, writeFields } from "./form.js";
import { buildFragment, parseFragment } from "./fragment.js";
import { copyText, download, renderLetter } from "./leave.js";
import { clearErrors, showErrors, showFindings } from "./view.js";

const root = document.getElementById("rebond-generator");
if (root) init(root);

function init(root) {
  const data = JSON.parse(root.querySelector("#generator-data").textContent);
  const { lang, schema, strings, initial } = data;
  const t = (key, params = {}) =>
    (strings[key] ?? key).replace(/\{(\w+)\}/g, (m, name) => (name in params ? String(params[name]) : m));
  const form = root.querySelector("#gen-form");
  const $ = (selector) => root.querySelector(selector);
  const subject = form.elements.namedItem("subject");
  const body = form.elements.namedItem("body");
  const state = { engine: null, edited: false, edits: 0, last: null, seq: 0, reviewed: "", fromLink: new Set() };

  const fields = () => readFields(form, schema);
  const setStatus = (text) => {
    const status = $("#gen-status");
    if (status.textContent !== text) status.textContent = text; // the page starts with "loading"
  };
  const say = (where, text) => { $(where).textContent = text; };
  function notice(text) {
    const box = $("#gen-notice");
    box.textContent = text;
    box.hidden = !text;
  }

  // Channels follow the kind (the engine's COMBINATIONS); the form's data-* drive the CSS.
  // Only what differs is written: the page comes with the default kind's state
  // (macros/generator.py), and rewriting it would make the browser lay the page out again.
  function syncChoices() {
    const kind = fields().kind;
    const allowed = schema.COMBINATIONS[kind] || schema.CHANNELS;
    const radios = [...form.querySelectorAll('input[name="channel"]')];
    for (const radio of radios) {
      const off = !allowed.includes(radio.value);
      if (radio.disabled !== off) radio.disabled = radio.closest(".rebond-choice").hidden = off;
    }
    if (!radios.some((r) => r.checked && !r.disabled)) radios.find((r) => r.value === allowed[0]).checked = true;
    if (form.dataset.kind !== kind) form.dataset.kind = kind;
    // Fields of some kinds only (the engine's FOR_KINDS, written by the page as data-kinds).
    for (const field of form.querySelectorAll("[data-kinds]")) {
      const off = !field.dataset.kinds.split(" ").includes(kind);
      if (field.hidden !== off) field.hidden = off;
    }
    const channel = fields().channel;
    if (form.dataset.channel !== channel) form.dataset.channel = channel;
    document.documentElement.classList.toggle("rebond-print-letter", channel === "letter");
  }

  function saveDraft() {
    if (!draft.save({ fields: fields(), subject: subject.value, body: body.value, edited: state.edited })) storageRefused();
  }

  // Storage full or forbidden: say so (the box keeps the reader's wish); the text stays in the page.
  function storageRefused() {
    draft.setKept(false);
    say("#gen-keep-status", t("draft_unavailable"));
  }

  async function call(op, args) {
    if (!state.engine || state.engine.state !== "ready") return null;
    try {
      const reply = await state.engine.call(op, args);
      return reply.ok ? reply.result : null;
    } catch {
      return null; // a failed engine reports itself through onState
    }
  }

  // Everything that depends on the text as it stands: review, mailto, counts, printable letter.
  async function afterText() {
    const text = body.value;
    const current = fields();
    const count = [...text].length; // code points, as the engine counts
    const counter = $("#gen-count");
    counter.hidden = current.channel !== "linkedin";
    if (!counter.hidden) {
      const over = count > schema.LINKEDIN.premium ? t("linkedin_over_premium") : count > schema.LINKEDIN.free ? t("linkedin_over_free") : "";
      counter.textContent = `${t("linkedin_count", { n: count })} ${over}`.trim();
      counter.classList.toggle("rebond-gen__count--over", Boolean(over));
    }
    renderLetter($("#gen-letter"), text, state.last?.letter);
    if (state.failed) $("#gen-mailto").hidden = state.edited; // its link holds the default text
    if (queue.waiting()) return; // a newer change is waiting: it brings its own review
    const messageLang = state.last?.lang || current.lang;
    const [findings, link] = await Promise.all([
      call("review", { text, lang: messageLang, kind: current.kind, channel: current.channel, ui_lang: lang, sender_gender: current.sender_gender }),
      call("mailto", { to: "", subject: subject.value, body: text }),
    ]);
    if (body.value !== text) return; // the reader typed on: a newer update follows
    if (findings) {
      state.reviewed = text;
      showFindings($("#gen-findings"), $("#gen-review-none"), findings, t, fixOne);
    }
    const anchor = $("#gen-mailto");
    if (link) {
      anchor.href = link.url;
      anchor.hidden = link.too_long;
      const note = $("#gen-mailto-note");
      note.hidden = !link.too_long;
      note.textContent = link.too_long ? t("mailto_too_long", { max: link.max }) : "";
    } else if (state.engine.state === "ready") {
      anchor.hidden = true; // no link for this text: the one there holds an earlier text
    }
  }

  async function fixOne(finding) {
    if (body.value !== state.reviewed) return afterText(); // findings are stale: review again
    const fixed = await call("fix", { text: body.value, findings: [finding] });
    if (typeof fixed !== "string") return;
    body.value = fixed;
    state.edits += 1;
    state.edited = true;
    body.focus();
    await afterText();
    saveDraft();
  }

  async function compose({ focusErrors = false } = {}) {
    syncChoices();
    if (!state.engine || state.engine.state !== "ready") {
      saveDraft(); // what was typed is kept even before Python is ready
      return;
    }
    const seq = ++state.seq;
    const edits = state.edits;
    // Without its review: the message comes sooner, and afterText() reviews it for the page.
    const result = await call("compose", { ...fields(), review: false });
    // A newer request, or the reader edited the text meanwhile: their edits win.
    if (seq !== state.seq || edits !== state.edits || !result || queue.waiting()) return;
    if (!result.ok) {
      // Values that came from a link and that the engine refuses: back to the defaults.
      const bad = result.errors.filter((e) => state.fromLink.has(e.field)).map((e) => e.field);
      if (bad.length) {
        writeFields(form, schema, Object.fromEntries(bad.map((n) => [n, initial[n]])), syncChoices);
        linkNotice(bad);
        state.fromLink.clear();
        return compose({ focusErrors });
      }
      showErrors(form, result.errors, lang, { focus: focusErrors });
      saveDraft();
      return;
    }
    state.fromLink.clear();
    clearErrors(form);
    state.last = result;
    state.edited = false;
    subject.value = result.subject;
    body.value = result.body;
    subject.lang = body.lang = result.lang;
    await afterText();
    saveDraft();
  }

  // Updates reach the worker one at a time, at once (no timer, no frame wait): a change made
  // while one is in flight waits for it, and only the latest waiting change is sent.
  const queue = {
    next: null,
    busy: false,
    waiting() { return this.next !== null; },
    async run(task) {
      this.next = task;
      if (this.busy) return;
      this.busy = true;
      try {
        while (this.next) {
          const current = this.next;
          this.next = null;
          await current().catch(() => {}); // one failed update must not stop the next ones
        }
      } finally {
        this.busy = false;
      }
    },
  };
  const schedule = (task) => queue.run(task);

  let ignoredFromLink = [];
  function linkNotice(names) {
    ignoredFromLink = [...new Set([...ignoredFromLink, ...names])];
    notice(ignoredFromLink.length ? t("fragment_ignored", { names: ignoredFromLink.join(", ") }) : t("fragment_applied"));
  }

  // --- Start: draft, link, then Python once the page has loaded. ---
  let pending = false;
  const keep = $("#gen-keep-draft");
  keep.checked = draft.isKept();
  const saved = draft.load();
  if (saved && saved.fields) {
    writeFields(form, schema, saved.fields, syncChoices);
    if (typeof saved.subject === "string") subject.value = saved.subject;
    if (typeof saved.body === "string") body.value = saved.body;
    state.edited = Boolean(saved.edited);
    pending = !state.edited;
    notice(t("draft_restored"));
  }
  const fromLink = parseFragment(location.hash);
  if (fromLink) {
    const ignored = writeFields(form, schema, fromLink, syncChoices);
    for (const name of Object.keys(fromLink)) if (!ignored.includes(name)) state.fromLink.add(name);
    linkNotice(ignored);
    state.edited = false;
    pending = true;
    // The draft stays out of the address bar and of later reloads.
    history.replaceState(null, "", location.pathname + location.search);
  }
  syncChoices();
  setStatus(pending ? `${t("status_loading")} ${t("status_pending")}` : t("status_loading"));

  form.addEventListener("submit", (event) => {
    event.preventDefault(); // never submitted: the CSP's form-action is 'none'
    schedule(() => compose({ focusErrors: true }));
  });
  const onEdit = (event) => {
    const name = event.target.name;
    if (!name || event.target === keep) return;
    // Text controls already sent "input"; their "change" on blur would only recompose again.
    if (event.type === "change" && event.target.matches("textarea, input[type=text], input[type=email], input[type=tel]")) return;
    if (name === "subject" || name === "body") {
      state.edits += 1;
      state.edited = true;
      schedule(async () => { await afterText(); saveDraft(); });
    } else if (name in schema.FIELDS) {
      if (event.type === "change" && event.target.type === "radio" && name === "kind") syncChoices();
      schedule(() => compose());
    }
  };
  form.addEventListener("input", onEdit);
  form.addEventListener("change", onEdit);

  keep.addEventListener("change", () => {
    if (!draft.setKept(keep.checked)) storageRefused();
    else saveDraft();
  });

  const actions = {
    variant() {
      const input = form.elements.namedItem("variant");
      input.value = String((Number(input.value) + 1) % schema.VARIANTS);
      schedule(() => compose());
    },
    async "copy-subject"() { say("#gen-action-status", (await copyText(subject.value, subject)) ? t("copied") : t("copy_failed")); },
    async "copy-body"() { say("#gen-action-status", (await copyText(body.value, body)) ? t("copied") : t("copy_failed")); },
    "download-txt"() { download(`rebond-${fields().kind}.txt`, body.value, "text/plain;charset=utf-8"); },
    async "download-eml"() {
      const eml = await call("eml", { subject: subject.value, body: body.value });
      if (typeof eml === "string") download(`rebond-${fields().kind}.eml`, eml, "message/rfc822");
    },
    print() {
      renderLetter($("#gen-letter"), body.value, state.last?.letter);
      window.print();
    },
    async "delete-data"() {
      keep.checked = false;
      const deleted = await forgetAll({ engine });
      // The message names what there was, in the page's language ("a, b and c").
      const items = ["storage", "offline", "snapshot", "worker"].filter((what) => deleted[what]).map((what) => t(`deleted_${what}`));
      const next = deleted.offline || deleted.worker ? ` ${t("data_deleted_next")}` : "";
      say("#gen-keep-status", items.length
        ? t("data_deleted", { items: new Intl.ListFormat(lang, { type: "conjunction" }).format(items) }) + next
        : t("data_none"));
    },
    async "copy-link"() {
      const url = location.href.split("#")[0] + buildFragment(fields(), initial);
      say("#gen-keep-status", (await copyText(url, null)) ? t("link_copied") : t("copy_failed"));
    },
  };
  root.addEventListener("click", (event) => {
    const button = event.target.closest("button[data-action]");
    if (button && actions[button.dataset.action]) actions[button.dataset.action]();
  });

  function onState(next, info = {}) {
    if (form.dataset.engine !== next) form.dataset.engine = next;
    if (next === "ready") {
      setStatus(t("status_ready"));
      schedule(() => (state.edited ? afterText() : compose()));
    } else if (next === "failed") {
      state.failed = true;
      setStatus("");
      const box = $("#gen-failure");
      box.textContent = strings[`failed_${info.code}`] || t("failed_load");
      box.hidden = false;
      // What needs Python goes; copy, .txt and the text itself stay.
      for (const action of ["variant", "download-eml"]) form.querySelector(`[data-action="${action}"]`).hidden = true;
      form.querySelector('button[type="submit"]').hidden = true;
      say("#gen-review-none", t("review_waiting"));
      $("#gen-review-none").hidden = false;
      if (state.edited) $("#gen-mailto").hidden = true; // its text would no longer match
    }
  }

  // The engine's worker starts once the page has loaded (engine/boot.js). Until then, and
  // until Python is ready, the default message is readable and copyable.
  // (The client fails at once, with "no-wasm", where the page's policy blocks WebAssembly.)
  state.engine = engine;
  engine.watch(onState);
}
