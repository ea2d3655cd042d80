// The message generator's controller: the form -> the engine (Pyodide in a worker) -> the page.
// The page works before Python is ready (the default message is in the HTML) and without it.
// Rules, wording, review, counts, links, mailto and .eml all come from the engine; this file
// holds the page's state and sends the engine its requests, one way (`jobs`, below).
import { engine } from "../engine/boot.js";
import { forgetAll, onForgetElsewhere } from "../forget.js";
import * as draft from "./draft.js";
import { readFields, writeFields } from "./form.js";
import { download } from "../download.js";
import { copyText, renderLetter } from "./leave.js";
import { Undo, hideOffer, showOffer } from "./edits.js";
import { updateCounts, watchCounts } from "./counters.js";
import { carryOnSwitch, takeCarried } from "./carry.js";
import { Findings, clearErrors, showErrors, showShort } from "./view.js";
import { Bar } from "./bar.js";

/**
 * Requests to the worker run one at a time, in the order asked. A request waiting under a name
 * is replaced by a newer one of the same name (only the latest message or review matters);
 * each fix has a name of its own. A job reads the page when it runs, not when it was asked.
 */
class Jobs {
  constructor() {
    this.waiting = new Map();
    this.running = false;
  }

  add(name, job) {
    this.waiting.delete(name);
    this.waiting.set(name, job);
    this.run();
  }

  async run() {
    if (this.running) return;
    this.running = true;
    try {
      while (this.waiting.size) {
        const [name, job] = this.waiting.entries().next().value;
        this.waiting.delete(name);
        // One failed job must not stop the next ones; its error is still reported (uncaught).
        await job().catch((error) => setTimeout(() => { throw error; }));
      }
    } finally {
      this.running = false;
    }
  }
}

// The actions that take the message out of the page (unusable while it is out of date).
const LEAVING = ["copy-subject", "copy-body", "copy-message", "download-txt", "download-eml", "print"];

function start(root) {
  const { lang, schema, strings, initial, guide_base: guideBase } = JSON.parse(root.querySelector("#generator-data").textContent);
  const t = (key, params = {}) =>
    (strings[key] ?? key).replace(/\{(\w+)\}/g, (m, name) => (name in params ? String(params[name]) : m));
  const $ = (selector) => root.querySelector(selector);
  const form = $("#gen-form");
  const subject = form.elements.namedItem("subject");
  const body = form.elements.namedItem("body");
  const say = (where, text) => { $(where).textContent = text; };

  // The page's state. `text` and `fields` count changes: an answer is shown only if what it was
  // computed from has not changed meanwhile (a newer job, already waiting, brings the new answer).
  const state = {
    engine: "loading", // "loading" | "ready" | "failed"
    message: null, // the engine's last message (its language, kind, channel, letter blocks, limits)
    edited: false, // the reader changed the subject or the text since the message was written
    base: null, // {subject, body}: the engine's version the reader's text started from (null: unknown)
    offer: null, // the engine's newer message, shown beside the reader's text until they choose
    stale: false, // the form has an error: the message is out of date and cannot leave the page
    text: 0, // changes to the subject and the text (typed, fixed or written by the engine)
    fields: 0, // changes to the form's fields
    spelling: "off", // "off" | "on" | "failed": the reader asked for a spelling check
    link: null, // a prefill link's fragment, read by the engine once it is ready
    askLink: false, // a kept draft was restored: ask before a link's values replace it
    beforeLink: null, // the draft as it was before the reader chose the link's values (to go back)
    ignored: [], // names a prefill link carried that the engine ignored
  };
  const jobs = new Jobs();
  const offerBox = $("#gen-offer");
  const undo = new Undo($('[data-action="undo"]'));
  const findings = new Findings($("#gen-findings"), $("#gen-review-none"), {
    t, guideBase: new URL(guideBase, location.href), onFix: (key, choice) => jobs.add(`fix:${key}:${choice}`, () => fix(key, choice)),
  });

  const bar = new Bar($("#gen-bar"), $("#gen-output-title"));
  let reviewToFix = false; // the last review asks for a correction (the bar says so)
  const barState = () => t(state.stale || reviewToFix ? "bar_to_fix" : "bar_updated");

  const fields = () => readFields(form, schema);
  const ready = () => state.engine === "ready";
  async function call(op, args) {
    if (!ready()) return null;
    try {
      const reply = await engine.call(op, args);
      return reply.ok ? reply.result : null;
    } catch {
      return null; // a failed engine reports itself through onState
    }
  }

  function setStatus(text) {
    const status = $("#gen-status");
    if (status.textContent !== text) status.textContent = text; // the page starts with "loading"
  }
  function notice(text) {
    const box = $("#gen-notice");
    box.textContent = text;
    box.hidden = !text;
  }

  // Attributes set only when they change: the page is written as the script's start leaves it.
  const show = (element, shown) => { if (element.hidden === shown) element.hidden = !shown; };
  const situationOf = (kind) => Object.keys(schema.SITUATIONS).find((name) => schema.SITUATIONS[name].includes(kind));

  // The guided start: the situation offers its kinds (the engine's SITUATIONS), the kind its
  // channels (COMBINATIONS), and the form shows only the fields the message reads (USES, by kind,
  // channel and the message's language), each group while one of its fields shows. The kind
  // leads: a draft or a link that brings one brings its situation. Only what differs is written:
  // the page comes with the default kind's state (macros/generator.py), and rewriting it would
  // make the browser lay the page out again.
  function syncChoices() {
    const kind = fields().kind;
    const situation = situationOf(kind);
    const current = form.querySelector(`input[name="situation"][value="${situation}"]`);
    if (current && !current.checked) current.checked = true;
    for (const radio of form.querySelectorAll('input[name="kind"]')) {
      show(radio.closest(".rebond-choice"), schema.SITUATIONS[situation].includes(radio.value));
    }
    const allowed = schema.COMBINATIONS[kind] || schema.CHANNELS;
    const radios = [...form.querySelectorAll('input[name="channel"]')];
    for (const radio of radios) {
      const off = !allowed.includes(radio.value);
      if (radio.disabled !== off) radio.disabled = radio.closest(".rebond-choice").hidden = off;
    }
    if (!radios.some((r) => r.checked && !r.disabled)) radios.find((r) => r.value === allowed[0]).checked = true;
    if (form.dataset.kind !== kind) form.dataset.kind = kind;
    const { channel, lang: messageLang } = fields();
    const used = new Set(schema.USES[kind]?.[channel]?.[messageLang] ?? Object.keys(schema.FIELDS));
    for (const field of form.querySelectorAll("[data-field]")) {
      const name = field.dataset.field;
      if (name in schema.FIELDS && name !== "kind" && name !== "channel") show(field, used.has(name));
    }
    for (const options of form.querySelectorAll(".rebond-gen__options")) {
      show(options, Boolean(options.querySelector("[data-field]:not([hidden])")));
    }
    for (const group of form.querySelectorAll(".rebond-gen__group[data-group]")) {
      show(group, Boolean(group.querySelector("[data-field]:not([hidden])")));
    }
    if (form.dataset.channel !== channel) form.dataset.channel = channel;
    document.documentElement.classList.toggle("rebond-print-letter", channel === "letter");
  }

  /** What happened, answered: its first kind, unless the kind chosen already answers it. */
  function chooseSituation(situation) {
    const kinds = schema.SITUATIONS[situation] || [];
    if (!kinds.includes(fields().kind)) {
      const first = form.querySelector(`input[name="kind"][value="${kinds[0]}"]`);
      if (first) first.checked = true;
    }
    syncChoices();
  }

  function saveDraft() {
    if (!draft.save({ fields: fields(), subject: subject.value, body: body.value, edited: state.edited, base: state.base })) storageRefused();
  }
  // Storage full or forbidden: say so (the box keeps the reader's wish); the text stays in the page.
  function storageRefused() {
    draft.setKept(false);
    say("#gen-keep-status", t("draft_unavailable"));
  }

  // What the review reads besides the text: the message's language and kind, and every word the
  // reader typed in the form (never flagged as misspelt).
  function reviewArgs() {
    const current = fields();
    const typed = Object.entries(current).filter(([name, value]) => schema.FIELDS[name].type === "text" && value).map(([, v]) => v);
    return { lang: state.message?.lang || current.lang, kind: state.message?.kind || current.kind,
             channel: state.message?.channel || current.channel, ui_lang: lang, sender_gender: current.sender_gender,
             names: typed, spell: state.spelling === "on" };
  }

  /** The subject or text changed (typed by the reader, or written by the page). */
  function textChanged({ byReader }) {
    state.text += 1;
    if (byReader) state.edited = true;
    renderLetter($("#gen-letter"), body.value, state.message?.letter);
    if (state.engine === "failed") {
      for (const link of root.querySelectorAll("a[data-send]")) link.hidden = state.edited; // their links hold the default text
      return;
    }
    $("#gen-findings").setAttribute("aria-busy", "true"); // until the review of this text is shown
    jobs.add("check", check);
  }

  // --- Jobs: each asks the engine one thing and shows its answer if still current. ---------------

  async function compose({ focusErrors = false } = {}) {
    syncChoices();
    const version = state.fields;
    const result = await call("compose", { ...fields(), review: false });
    // Text typed meanwhile does not make the answer stale: it is the reader's, and readersText()
    // (read now) then offers the new version beside it instead of writing it in.
    if (!result || version !== state.fields) return;
    if (!result.ok) {
      showErrors(form, result.errors, lang, { focus: focusErrors });
      setStale(true);
      state.offer = null; // a version of fields that no longer stand
      hideOffer(offerBox);
      saveDraft();
      return;
    }
    clearErrors(form);
    setStale(false);
    if (readersText()) offer(result);
    else adopt(result);
    saveDraft();
  }

  /** The reader has text of their own: edits since the engine's version (or since an unknown one). */
  function readersText() {
    if (!state.edited) return false;
    return !state.base || subject.value !== state.base.subject || body.value !== state.base.body;
  }

  /** The engine's message becomes the text (nothing of the reader's is in the fields, or they chose it). */
  function adopt(result) {
    state.message = result;
    state.base = { subject: result.subject, body: result.body };
    state.edited = false;
    state.offer = null;
    hideOffer(offerBox);
    subject.value = result.subject;
    body.value = result.body;
    subject.lang = body.lang = result.lang;
    showShort($("#gen-short"), result.limits?.fits_free === false ? result.limits.short : "");
    if (!result.limits?.free) $("#gen-count").hidden = true; // no limit for this channel (the engine's)
    textChanged({ byReader: false });
  }

  /** A newer message beside the reader's text, which stays as it is until they choose. */
  function offer(result) {
    const first = !state.offer;
    state.offer = result;
    showOffer(offerBox, result);
    showShort($("#gen-short"), ""); // the short form was the previous message's
    $('[data-action="merge"]').hidden = !state.base; // nothing to merge against without the version they edited
    if (first) say("#gen-undo-status", t("offer_shown"));
  }

  /** Before the reader's text is replaced (by a version, a merge, a fix, the short form): a way back. */
  function keepForUndo() {
    undo.push({ subject: subject.value, body: body.value, base: state.base, edited: state.edited,
                message: state.message, offer: state.offer });
  }

  /** The message is out of date (the form has an error): copy, download and send are unusable. */
  function setStale(stale) {
    state.stale = stale;
    say("#gen-stale", stale ? t("output_stale") : "");
    bar.say(barState());
    for (const action of LEAVING) {
      const button = root.querySelector(`button[data-action="${action}"]`);
      if (button) button.disabled = stale;
    }
    for (const anchor of root.querySelectorAll("a[data-send]")) {
      if (stale) {
        if (!anchor.dataset.href && anchor.hasAttribute("href")) anchor.dataset.href = anchor.getAttribute("href");
        anchor.removeAttribute("href");
        anchor.setAttribute("aria-disabled", "true");
      } else {
        anchor.removeAttribute("aria-disabled");
        if (anchor.dataset.href) anchor.href = anchor.dataset.href;
      }
    }
  }
  /** Sets a link that sends the message (kept aside while the message is out of date). */
  function setSendLink(anchor, href) {
    anchor.dataset.href = href;
    if (!state.stale) anchor.href = href;
  }

  // Everything that depends on the text as it stands: review, LinkedIn count, mailto.
  async function check() {
    const version = state.text;
    const text = body.value;
    const out = await call("check", { text, subject: subject.value, to: fields().recipient_email || "", ...reviewArgs() });
    if (version !== state.text) return;
    if (!out) {
      if (ready()) for (const link of root.querySelectorAll("a[data-send]")) link.hidden = true; // their links hold an earlier text
      return;
    }
    findings.update(out.findings);
    $("#gen-findings").removeAttribute("aria-busy");
    reviewToFix = out.summary.to_fix;
    const count = $("#gen-review-count");
    if (count.textContent !== out.summary.count) count.textContent = out.summary.count;
    if (count.hidden === Boolean(out.summary.count)) count.hidden = !out.summary.count;
    bar.show(out.summary.line, barState(), body.lang);
    const counter = $("#gen-count");
    counter.hidden = !out.count;
    if (out.count) {
      counter.textContent = out.count.text;
      counter.classList.toggle("rebond-gen__count--over", !out.count.fits_free);
    }
    const anchor = $("#gen-mailto");
    setSendLink(anchor, out.mailto.url);
    for (const [id, href] of [["#gen-gmail", out.webmail.gmail], ["#gen-outlook", out.webmail.outlook]]) {
      setSendLink($(id), href);
      $(id).hidden = false;
    }
    anchor.hidden = out.mailto.too_long;
    const note = $("#gen-mailto-note");
    note.hidden = !out.mailto.too_long;
    note.textContent = out.mailto.too_long ? t("mailto_too_long", { max: out.mailto.max }) : "";
    if (state.spelling === "on" && out.spelling === "unavailable") say("#gen-spell-status", t("spell_unavailable"));
  }

  // A finding's fix, applied by the engine to the text as it stands now: a click on a finding
  // the reader has since edited around still applies it, or says why not.
  async function fix(key, choice) {
    const version = state.text;
    const out = await call("apply", { text: body.value, key, choice, ...reviewArgs() });
    if (!out) return;
    if (version !== state.text) {
      jobs.add(`fix:${key}:${choice}`, () => fix(key, choice)); // typed meanwhile: apply to the newer text
      return;
    }
    if (!out.applied) {
      say("#gen-review-status", out.reason);
      jobs.add("check", check);
      return;
    }
    keepForUndo();
    body.value = out.text;
    say("#gen-review-status", t("fix_applied"));
    textChanged({ byReader: true });
    saveDraft();
  }

  // The reader's text with the paragraphs they did not touch in the offered version's wording
  // (the engine's "merge"); typed meanwhile: merged again with the newer text.
  async function merge() {
    const chosen = state.offer;
    if (!chosen || !state.base) return;
    const version = state.text;
    const [newSubject, newBody] = await Promise.all([
      call("merge", { base: state.base.subject, mine: subject.value, new: chosen.subject }),
      call("merge", { base: state.base.body, mine: body.value, new: chosen.body }),
    ]);
    if (!newSubject || !newBody || chosen !== state.offer) return;
    if (version !== state.text) {
      jobs.add("merge", merge);
      return;
    }
    keepForUndo();
    state.message = chosen;
    state.base = { subject: chosen.subject, body: chosen.body };
    state.offer = null;
    hideOffer(offerBox);
    subject.value = newSubject.text;
    body.value = newBody.text;
    subject.lang = body.lang = chosen.lang;
    textChanged({ byReader: true });
    say("#gen-undo-status", t("offer_merged"));
    saveDraft();
    body.focus();
  }

  async function loadSpelling() {
    const button = $('[data-action="spell"]');
    button.disabled = true;
    say("#gen-spell-status", t("spell_loading"));
    const loaded = await engine.call("spelling", {}).catch(() => ({ ok: false }));
    state.spelling = loaded.ok ? "on" : "failed";
    button.disabled = false;
    button.hidden = loaded.ok;
    say("#gen-spell-status", t(loaded.ok ? "spell_on" : "spell_failed"));
    if (!loaded.ok) return;
    window.dispatchEvent(new Event("rebond:runtime-fetched")); // offline.js keeps a copy for offline use
    $("#gen-findings").setAttribute("aria-busy", "true");
    jobs.add("check", check);
  }

  // A prefill link, read by the engine: its values go into the form, those it refuses are named.
  async function prefill() {
    const out = await call("prefill", { fragment: state.link });
    state.link = null;
    if (!out || !out.prefill) return;
    const missing = writeFields(form, schema, out.fields, syncChoices);
    updateCounts(form, t);
    state.ignored = [...new Set([...out.ignored, ...missing])];
    // A link too long or malformed: the engine says so, in the page's language, before the rest.
    const problem = out.error ? (out.error.message[lang] || t(out.error.code)) : "";
    const ignored = state.ignored.length ? t("fragment_ignored", { names: state.ignored.join(", ") }) : "";
    notice([problem, ignored].filter(Boolean).join(" ") || t("fragment_applied"));
    state.fields += 1;
    // The text is still the reader's if they edited it (a kept draft): the link's message is
    // then offered beside it, like any change of the fields.
    jobs.add("compose", () => compose());
  }

  /** A link over a kept draft: nothing replaced until the reader says which they want. */
  function askAboutLink() {
    const box = $("#gen-link-choice");
    box.hidden = false;
    say("#gen-link-choice-text", t("link_or_draft"));
  }
  function snapshot() {
    return { fields: fields(), subject: subject.value, body: body.value, edited: state.edited, base: state.base };
  }

  async function copyLink() {
    const fragment = await call("link", { fields: fields(), initial });
    if (typeof fragment !== "string") return;
    const url = location.href.split("#")[0] + fragment;
    say("#gen-keep-status", (await copyText(url, null)) ? t("link_copied") : t("copy_failed"));
  }

  // --- Start: draft, link, then Python once the page has loaded. ---------------------------------
  let pending = false;
  const keep = $("#gen-keep-draft");
  keep.checked = draft.isKept();
  // A switch from the other language's page carries the form here (newer than any kept draft).
  const carried = takeCarried();
  const saved = carried || draft.load();
  if (saved && saved.fields) {
    writeFields(form, schema, saved.fields, syncChoices);
    if (typeof saved.subject === "string") subject.value = saved.subject;
    if (typeof saved.body === "string") body.value = saved.body;
    state.edited = Boolean(saved.edited);
    const base = saved.base;
    state.base = base && typeof base.subject === "string" && typeof base.body === "string" ? base : null;
    pending = !state.edited;
    state.askLink = !carried;
    notice(t(carried ? "form_carried" : "draft_restored"));
  }
  else state.base = { subject: subject.value, body: body.value }; // the default message, in the page
  if (location.hash.includes("=")) {
    state.link = location.hash;
    pending = true;
    // The draft stays out of the address bar and of later reloads.
    history.replaceState(null, "", location.pathname + location.search);
  }
  syncChoices();
  carryOnSwitch(lang, () => ({ fields: fields(), subject: subject.value, body: body.value, edited: state.edited, base: state.base }));
  updateCounts(form, t);
  watchCounts(form, t);
  setStatus(pending ? `${t("status_loading")} ${t("status_pending")}` : t("status_loading"));

  form.addEventListener("submit", (event) => {
    event.preventDefault(); // never submitted: the CSP's form-action is 'none'
    jobs.add("compose", () => compose({ focusErrors: true }));
  });
  const onEdit = (event) => {
    const name = event.target.name;
    if (!name || event.target === keep) return;
    // Text controls already sent "input"; their "change" on blur would only recompose again.
    if (event.type === "change" && event.target.matches("textarea, input[type=text], input[type=email], input[type=tel]")) return;
    if (name === "subject" || name === "body") {
      textChanged({ byReader: true });
      saveDraft();
    } else if (name in schema.FIELDS || name === "situation") {
      // A choice that decides what the form asks shows it at once, before the engine answers.
      if (event.type === "change" && event.target.type === "radio") {
        if (name === "situation") chooseSituation(event.target.value);
        else if (["kind", "channel", "lang"].includes(name)) syncChoices();
      }
      state.fields += 1;
      if (ready()) jobs.add("compose", () => compose());
      else saveDraft(); // what was typed is kept even before Python is ready
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
      state.fields += 1;
      jobs.add("compose", () => compose());
    },
    async "copy-subject"() { say("#gen-action-status", (await copyText(subject.value, subject)) ? t("copied") : t("copy_failed")); },
    async "copy-body"() { say("#gen-action-status", (await copyText(body.value, body)) ? t("copied") : t("copy_failed")); },
    "download-txt"() {
      jobs.add("txt", async () => {
        // Without the engine, the text alone (its subject is one click away, "copy the subject").
        const text = ready() ? await call("txt", { subject: subject.value, body: body.value, ui_lang: lang }) : body.value;
        if (typeof text === "string") download(`rebond-${fields().kind}.txt`, text, "text/plain;charset=utf-8");
      });
    },
    "download-eml"() {
      jobs.add("eml", async () => {
        const { recipient_email: to = "", recipient_name: toName = "", sender_email: from = "", sender_name: fromName = "" } = fields();
        const eml = await call("eml", { subject: subject.value, body: body.value, to, to_name: toName, from, from_name: fromName });
        if (typeof eml === "string") download(`rebond-${fields().kind}.eml`, eml, "message/rfc822");
      });
    },
    print() {
      renderLetter($("#gen-letter"), body.value, state.message?.letter);
      window.print();
    },
    async "delete-data"() {
      keep.checked = false;
      const deleted = await forgetAll({ engine });
      // The message names what there was, in the page's language ("a, b and c").
      const items = ["storage", "offline", "snapshot", "worker", "httpCache"].filter((what) => deleted[what]).map((what) => t(`deleted_${what}`));
      const next = deleted.offline || deleted.worker ? ` ${t("data_deleted_next")}` : "";
      const kept = deleted.httpCache ? "" : ` ${t("http_cache_kept")}`;
      say("#gen-keep-status", (items.length
        ? t("data_deleted", { items: new Intl.ListFormat(lang, { type: "conjunction" }).format(items) }) + next
        : t("data_none")) + kept);
    },
    "copy-link"() { jobs.add("link", copyLink); },
    "keep-mine"() {
      state.offer = null;
      hideOffer(offerBox);
      say("#gen-undo-status", t("offer_kept"));
      body.focus();
    },
    "take-new"() {
      if (!state.offer) return;
      keepForUndo();
      adopt(state.offer);
      say("#gen-undo-status", t("offer_taken"));
      saveDraft();
      body.focus();
    },
    merge() {
      jobs.add("merge", merge);
    },
    undo() {
      const back = undo.pop();
      if (!back) return;
      subject.value = back.subject;
      body.value = back.body;
      state.base = back.base;
      state.message = back.message;
      if (back.message) subject.lang = body.lang = back.message.lang;
      textChanged({ byReader: false });
      state.edited = back.edited;
      state.offer = back.offer;
      if (back.offer) showOffer(offerBox, back.offer);
      else hideOffer(offerBox);
      say("#gen-undo-status", t("undone"));
      saveDraft();
      body.focus();
    },
    "use-short"() {
      keepForUndo();
      body.value = $("#gen-short [data-short-text]").textContent;
      say("#gen-action-status", t("short_used"));
      textChanged({ byReader: true });
      saveDraft();
      body.focus();
    },
    spell() { jobs.add("spelling", loadSpelling); },
    "link-keep-draft"() {
      state.link = null;
      $("#gen-link-choice").hidden = true;
      notice(t("link_ignored"));
      if (state.edited) jobs.add("check", check);
      else jobs.add("compose", () => compose());
      body.focus();
    },
    "link-use"() {
      state.beforeLink = snapshot();
      $('[data-action="link-keep-draft"]').hidden = $('[data-action="link-use"]').hidden = true;
      $('[data-action="back-to-draft"]').hidden = false;
      say("#gen-link-choice-text", t("link_used"));
      jobs.add("prefill", prefill);
    },
    "back-to-draft"() {
      const back = state.beforeLink;
      if (!back) return;
      state.beforeLink = null;
      writeFields(form, schema, back.fields, syncChoices);
      updateCounts(form, t);
      subject.value = back.subject;
      body.value = back.body;
      state.base = back.base;
      state.offer = null;
      hideOffer(offerBox);
      state.fields += 1;
      textChanged({ byReader: false });
      state.edited = back.edited;
      $("#gen-link-choice").hidden = true;
      notice(t("link_undone"));
      saveDraft();
      if (!state.edited) jobs.add("compose", () => compose());
      body.focus();
    },
  };
  root.addEventListener("click", (event) => {
    const button = event.target.closest("button[data-action]");
    if (button && actions[button.dataset.action]) actions[button.dataset.action]();
  });

  // The engine's start, shown beside the message: progress for as long as the network needs
  // (no time limit), a stall or a failure with what can help, a retry that keeps what was
  // downloaded (engine/client.js).
  const progressBar = $("#gen-progress");
  const retry = $("#gen-retry");
  let shownStep = null; // the status says the download's progress by steps of 20 %
  retry.addEventListener("click", () => {
    const box = $("#gen-failure");
    show(box, false);
    box.textContent = "";
    show(retry, false);
    engine.retry();
  });

  const hiddenByFailure = [];
  const needsPython = () => [...["variant", "download-eml", "copy-link", "spell"].map((action) => form.querySelector(`[data-action="${action}"]`)),
    form.querySelector('button[type="submit"]')];

  function showLoading(info) {
    const lead = state.link || state.edited ? ` ${t("status_pending")}` : "";
    if (info.stalled) {
      setStatus(t("status_stalled"));
      show(retry, true);
      return;
    }
    show(retry, false);
    if (info.phase === "download" && info.percent !== null && info.percent !== undefined) {
      show(progressBar, true);
      progressBar.value = info.percent;
      const step = Math.floor(info.percent / 20) * 20;
      if (step !== shownStep) setStatus(t("status_download", { percent: (shownStep = step) }) + lead);
    } else if (info.phase === "start" || info.phase === "engine") {
      show(progressBar, true);
      progressBar.removeAttribute("value"); // compiling and starting: no measure, still moving
      if (shownStep !== "start") setStatus(t("status_starting") + lead);
      shownStep = "start";
    }
  }

  function onState(next, info = {}) {
    if (form.dataset.engine !== next) form.dataset.engine = next;
    state.engine = next;
    if (next === "loading") {
      showLoading(info);
      return;
    }
    show(progressBar, false);
    if (next === "ready") {
      show(retry, false);
      for (const control of hiddenByFailure.splice(0)) control.hidden = false; // a retry worked
      setStatus(t("status_ready"));
      if (state.link && state.askLink) askAboutLink();
      else if (state.link) jobs.add("prefill", prefill);
      else if (state.edited) jobs.add("check", check);
      else jobs.add("compose", () => compose());
    } else if (next === "failed") {
      setStatus("");
      const box = $("#gen-failure");
      // Offline on a first visit, a reload cannot help: say what can.
      const code = info.code === "load" && navigator.onLine === false ? "offline" : info.code;
      box.textContent = strings[`failed_${code}`] || t("failed_load");
      box.hidden = false;
      // A policy that forbids WebAssembly does not change on a retry.
      show(retry, info.code !== "no-wasm" && info.code !== "terminated");
      // What needs Python goes (until a retry succeeds); copy, .txt and the text itself stay.
      for (const control of needsPython()) if (!control.hidden) { control.hidden = true; hiddenByFailure.push(control); }
      say("#gen-review-none", t("review_waiting"));
      $("#gen-review-none").hidden = false;
      if (state.edited) for (const link of root.querySelectorAll("a[data-send]")) if (!link.hidden) { link.hidden = true; hiddenByFailure.push(link); } // their text would no longer match
    }
  }

  // The engine's worker starts once the page has loaded (engine/boot.js). Until then, and
  // until Python is ready, the default message is readable and copyable.
  // (The client fails at once, with "no-wasm", where the page's policy blocks WebAssembly.)
  engine.watch(onState);

  // "Delete my data" in another tab: this one keeps nothing either, and says so.
  onForgetElsewhere(() => {
    keep.checked = false;
    engine.forget();
    say("#gen-keep-status", t("forgotten_elsewhere"));
  });
}

const root = document.getElementById("rebond-generator");
if (root) start(root);
