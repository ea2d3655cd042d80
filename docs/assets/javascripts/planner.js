// The follow-up planner's form glue: collects the form, asks the engine ("plan", "ics"),
// renders the timeline with DOM methods (never innerHTML), offers the .ics as a download.
// Python is only fetched once the reader starts using the form. Every text shown comes from
// the engine's reply or from the page (rendered at build time from the engine's catalogs).

import { clearErrors, el, showErrors } from "./form-errors.js";

const form = /** @type {HTMLFormElement} */ (document.getElementById("rebond-planner"));
const result = document.getElementById("rebond-plan-result");

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

function renderPlan(plan) {
  // The same structure as the build-time example (macros/checklists.py: render_plan).
  const pastLabel = form.dataset.msgPast;
  const steps = plan.steps.map((step, index) => {
    const titleId = `result-step-${index + 1}`;
    const date = el("p", { class: "rebond-plan__date" }, [
      el("time", { datetime: step.date, text: step.date_label }),
      step.past ? el("span", { class: "rebond-plan__past", text: `(${pastLabel})` }) : null,
    ]);
    const link = step.link
      ? el("p", { class: "rebond-plan__link" }, [
        el("a", { href: step.link.href, "aria-describedby": titleId, text: step.link.label }),
      ])
      : null;
    const moved = step.moved.map((note) => el("p", { class: "rebond-plan__moved", text: note }));
    return el("li", { class: "rebond-plan__step", "data-step": step.id, "data-condition": step.condition }, [
      date,
      ...moved,
      el("h3", { class: "rebond-plan__title", id: titleId, text: step.title }),
      el("p", { class: "rebond-plan__condition", text: step.condition_label }),
      el("p", { class: "rebond-plan__why", text: step.why }),
      step.reference ? el("p", { class: "rebond-plan__ref", text: step.reference }) : null,
      link,
    ]);
  });
  const stop = el("div", { class: "rebond-plan__stop" }, [
    el("h3", { text: plan.stop_rule.title }), el("p", { text: plan.stop_rule.text }),
  ]);
  const notes = el("ul", { class: "rebond-plan__notes" }, plan.notes.map((note) => el("li", { text: note })));
  result.querySelector(".rebond-plan__body").replaceChildren(el("ol", { class: "rebond-plan__steps" }, steps), stop, notes);
  result.hidden = false;
  result.querySelector("h2").focus();
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
    return;
  }
  lastFields = fields;
  renderPlan(answer.plan);
});

result.querySelector('[data-action="download"]').addEventListener("click", async () => {
  if (!lastFields) return;
  const answer = await ask("ics", lastFields);
  if (!answer || !answer.ok) return;
  const url = URL.createObjectURL(new Blob([answer.content], { type: "text/calendar;charset=utf-8" }));
  const link = el("a", { href: url, download: answer.filename });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
});

result.querySelector('[data-action="print"]').addEventListener("click", () => window.print());

// Start the runtime on the first sign of use, so it is ready by the time the form is sent.
for (const type of ["focusin", "pointerdown", "input"]) {
  form.addEventListener(type, () => engine(), { once: true });
}

/** @type {HTMLInputElement} */ (form.elements.namedItem("refusal_date")).max = localToday();
form.hidden = false;
