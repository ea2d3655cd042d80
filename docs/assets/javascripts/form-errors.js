// Form errors, shared by the tool pages (generator, planner): the engine's structured errors
// shown next to each field and in a summary linked to the fields (GOV.UK's pattern). Fields,
// their error boxes and the summary follow one naming scheme: `${prefix}-${field}`,
// `${prefix}-${field}-error`, `${prefix}-error-summary` (the summary's markup: overrides/rebond/
// error-summary.html). Text is set with textContent only.

import { el } from "./dom.js";

/** The control an error links to: the field itself, or the first choice of a fieldset. */
function target(root, prefix, field) {
  const node = root.querySelector(`#${prefix}-${CSS.escape(field)}`);
  if (node && node.tagName === "FIELDSET") return node.querySelector("input:not([disabled])") || node;
  return node;
}

export function clearErrors(root, prefix) {
  const summary = root.querySelector(`#${prefix}-error-summary`);
  summary.hidden = true;
  summary.querySelector("ul").replaceChildren();
  for (const box of root.querySelectorAll(".rebond-field__error")) {
    box.hidden = true;
    box.textContent = "";
  }
  for (const input of root.querySelectorAll("[aria-invalid]")) {
    input.removeAttribute("aria-invalid");
    const ids = (input.getAttribute("aria-describedby") || "").split(" ").filter((id) => id && !id.endsWith("-error"));
    if (ids.length) input.setAttribute("aria-describedby", ids.join(" "));
    else input.removeAttribute("aria-describedby");
  }
  for (const node of root.querySelectorAll(".rebond-field--error")) node.classList.remove("rebond-field--error");
}

/** Errors in the page's language beside each field and in the summary; nothing typed changes. */
export function showErrors(root, prefix, errors, lang, { focus = true } = {}) {
  clearErrors(root, prefix);
  const summary = root.querySelector(`#${prefix}-error-summary`);
  const list = summary.querySelector("ul");
  for (const error of errors) {
    const message = (error.message && (error.message[lang] || error.message.fr)) || error.code;
    const box = root.querySelector(`#${prefix}-${CSS.escape(error.field)}-error`);
    if (box) {
      box.textContent = message;
      box.hidden = false;
      box.closest(".rebond-field, .rebond-choice")?.classList.add("rebond-field--error");
    }
    const control = target(root, prefix, error.field);
    let item = el("li", { text: message });
    if (control) {
      if (control.matches("input, textarea, select")) {
        control.setAttribute("aria-invalid", "true");
        const ids = (control.getAttribute("aria-describedby") || "").split(" ").filter(Boolean);
        if (box && !ids.includes(box.id)) control.setAttribute("aria-describedby", [...ids, box.id].join(" "));
      }
      const link = el("a", { href: `#${control.id}`, text: message });
      link.addEventListener("click", (event) => {
        event.preventDefault();
        control.focus();
      });
      item = el("li", {}, [link]);
    }
    list.append(item);
  }
  summary.hidden = false;
  if (focus) summary.focus();
}
