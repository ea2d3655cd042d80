// The follow-up planner's form glue: collects the form, asks the engine ("plan", "ics"),
// shows the timeline by filling copies of the page's <template> (the markup the build renders
// the example with: overrides/rebond/planner/plan.html) with text only (never innerHTML),
// offers the .ics as a download. Python is only fetched once the reader starts using the form.
// Every text shown comes from the engine's reply or from the page.

import { download } from "./download.js";
import { clearErrors, showErrors } from "./form-errors.js";

const form = /** @type {HTMLFormElement} */ (document.getElementById("rebond-planner"));
const result = /** @type {HTMLElement} */ (document.getElementById("rebond-plan-result"));
const template = /** @type {HTMLTemplateElement} */ (document.getElementById("rebond-plan-template"));

function localToday() {
  // The reader's own calendar day, not UTC's: "today" decides what counts as the future.
  const now = new Date();
  const pad = (n) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

let enginePromise = null;
function engine() {
  // Lazy: the client module starts the worker, which downloads the runtime.
  enginePromise ??= import("./engine/client.js").then(({ startEngine }) => startEngine());
  return enginePromise;
}

function collect() {
  const data = new FormData(form);
  return {
    refusal_date: data.get("refusal_date") || "",
    category: data.get("category") || "unknown",
    start_date: data.get("start_date") || "",
    renewal: /** @type {HTMLInputElement} */ (form.elements.namedItem("renewal")).checked,
    company: data.get("company") || "",
    position: data.get("position") || "",
    lang: form.lang || "fr",
    today: localToday(),
  };
}

function setStatus(text) {
  form.querySelector(".rebond-planner__status").textContent = text;
}

/**
 * `node`'s optional part `selector` with `text`, or removed when there is no text.
 * @param {Element} node
 * @param {string} selector
 * @param {string | null | undefined} text
 */
function fill(node, selector, text) {
  const part = /** @type {Element} */ (node.querySelector(selector));
  if (text) part.textContent = text;
  else part.remove();
}

/**
 * One step of the template, filled.
 * @param {Element} item the template's step (a copy)
 * @param {any} step the engine's step
 * @param {number} index its place, from 1
 */
function fillStep(item, step, index) {
  const titleId = `result-step-${index}`;
  item.setAttribute("data-step", step.id);
  item.setAttribute("data-condition", step.condition);
  const time = /** @type {HTMLTimeElement} */ (item.querySelector("time"));
  time.dateTime = step.date;
  time.textContent = step.date_label;
  if (!step.past) item.querySelector(".rebond-plan__past")?.remove();
  const moved = /** @type {Element} */ (item.querySelector(".rebond-plan__moved"));
  moved.replaceWith(...step.moved.map((/** @type {string} */ note) => {
    const copy = /** @type {Element} */ (moved.cloneNode());
    copy.textContent = note;
    return copy;
  }));
  const title = /** @type {Element} */ (item.querySelector(".rebond-plan__title"));
  title.id = titleId;
  title.removeAttribute("data-search-exclude");
  title.textContent = step.title;
  /** @type {Element} */ (item.querySelector(".rebond-plan__condition")).textContent = step.condition_label;
  /** @type {Element} */ (item.querySelector(".rebond-plan__why")).textContent = step.why;
  fill(item, ".rebond-plan__ref", step.reference);
  const link = /** @type {HTMLAnchorElement} */ (item.querySelector(".rebond-plan__link a"));
  if (step.link) {
    link.setAttribute("href", step.link.href);
    link.setAttribute("aria-describedby", titleId);
    link.textContent = step.link.label;
  } else {
    link.parentElement?.remove();
  }
  return item;
}

/** The engine's plan, shown in the result area (a copy of the template, filled).
 *  @param {any} plan */
function renderPlan(plan) {
  const body = /** @type {DocumentFragment} */ (template.content.cloneNode(true));
  const steps = /** @type {Element} */ (body.querySelector(".rebond-plan__steps"));
  const step = /** @type {Element} */ (steps.firstElementChild);
  steps.replaceChildren(...plan.steps.map((/** @type {any} */ s, /** @type {number} */ i) => fillStep(/** @type {Element} */ (step.cloneNode(true)), s, i + 1)));
  const stop = /** @type {Element} */ (body.querySelector(".rebond-plan__stop"));
  const stopTitle = /** @type {Element} */ (stop.querySelector("h3"));
  stopTitle.removeAttribute("data-search-exclude");
  stopTitle.textContent = plan.stop_rule.title;
  /** @type {Element} */ (stop.querySelector("p")).textContent = plan.stop_rule.text;
  const notes = /** @type {Element} */ (body.querySelector(".rebond-plan__notes"));
  const note = /** @type {Element} */ (notes.firstElementChild);
  notes.replaceChildren(...plan.notes.map((/** @type {string} */ text) => {
    const copy = /** @type {Element} */ (note.cloneNode());
    copy.textContent = text;
    return copy;
  }));
  /** @type {Element} */ (result.querySelector(".rebond-plan__body")).replaceChildren(body);
  result.hidden = false;
  /** @type {HTMLElement} */ (result.querySelector("h2")).focus();
}

async function ask(op, fields) {
  // -> the op's own answer ({ok, plan} / {ok, filename, content} / {ok: false, errors}), or null.
  setStatus(form.dataset.msgLoading);
  try {
    const reply = await (await engine()).call(op, fields);
    if (!reply.ok) throw new Error(reply.error || "engine error");
    setStatus("");
    return reply.result;
  } catch {
    setStatus(form.dataset.msgFailed);
    return null;
  }
}

let lastFields = null;

form.addEventListener("submit", async (event) => {
  event.preventDefault();
  const fields = collect();
  const answer = await ask("plan", fields);
  if (!answer) return;
  clearErrors(form, "plan");
  if (!answer.ok) {
    showErrors(form, "plan", answer.errors, form.lang);
    // The previous plan answered other dates: never left on show as if it were these dates' plan.
    lastFields = null;
    result.hidden = true;
    return;
  }
  lastFields = fields;
  renderPlan(answer.plan);
});

result.querySelector('[data-action="download"]').addEventListener("click", async () => {
  if (!lastFields) return;
  const answer = await ask("ics", lastFields);
  if (!answer || !answer.ok) return;
  download(answer.filename, answer.content, "text/calendar;charset=utf-8");
});

result.querySelector('[data-action="print"]').addEventListener("click", () => window.print());

// Start the runtime on the first sign of use, so it is ready by the time the form is sent.
for (const type of ["focusin", "pointerdown", "input"]) {
  form.addEventListener(type, () => engine(), { once: true });
}

/** @type {HTMLInputElement} */ (form.elements.namedItem("refusal_date")).max = localToday();
form.hidden = false;
