// Showing the engine's answers: field errors (next to fields and in a summary), the review's
// findings, and short status lines. Text is always set with textContent, never as HTML.

function el(tag, props = {}, children = []) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (key === "text") node.textContent = value;
    else node.setAttribute(key, value);
  }
  node.append(...children.filter(Boolean));
  return node;
}

/** The control an error links to: the field itself, or the first choice of a fieldset. */
function target(form, field) {
  const box = form.querySelector(`#gen-${CSS.escape(field)}`);
  if (box && box.tagName === "FIELDSET") return box.querySelector("input:not([disabled])") || box;
  return box;
}

export function clearErrors(form) {
  const summary = form.querySelector("#gen-error-summary");
  summary.hidden = true;
  summary.querySelector("ul").replaceChildren();
  for (const box of form.querySelectorAll(".rebond-field__error")) {
    box.hidden = true;
    box.textContent = "";
  }
  for (const node of form.querySelectorAll("[aria-invalid]")) node.removeAttribute("aria-invalid");
  for (const node of form.querySelectorAll(".rebond-field--error")) node.classList.remove("rebond-field--error");
}

/** Errors in the page's language beside each field and in the summary; nothing typed changes. */
export function showErrors(form, errors, lang, { focus = false } = {}) {
  clearErrors(form);
  const summary = form.querySelector("#gen-error-summary");
  const list = summary.querySelector("ul");
  for (const error of errors) {
    const message = (error.message && (error.message[lang] || error.message.fr)) || error.code;
    const box = form.querySelector(`#gen-${CSS.escape(error.field)}-error`);
    if (box) {
      box.textContent = message;
      box.hidden = false;
      box.closest(".rebond-field, .rebond-choice")?.classList.add("rebond-field--error");
    }
    const control = target(form, error.field);
    let item = el("li", { text: message });
    if (control) {
      const input = control.matches("input, textarea, select") ? control : null;
      if (input) {
        input.setAttribute("aria-invalid", "true");
        const ids = (input.getAttribute("aria-describedby") || "").split(" ").filter(Boolean);
        if (box && !ids.includes(box.id)) input.setAttribute("aria-describedby", [...ids, box.id].join(" "));
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

/** The review's findings, each with its suggestion and, when offered, a one-click fix. */
export function showFindings(list, none, findings, t, onFix) {
  none.hidden = findings.length > 0;
  list.replaceChildren(...findings.map((finding) => {
    const excerpt = finding.excerpt && finding.excerpt.trim() ? el("q", { text: finding.excerpt }) : null;
    const fix = finding.fix
      ? el("button", { type: "button", class: "md-button rebond-finding__fix", text: t("fix") })
      : null;
    fix?.addEventListener("click", () => onFix(finding));
    return el("li", { class: `rebond-finding rebond-finding--${finding.severity}`, "data-code": finding.code }, [
      el("p", {}, [el("strong", { text: `${t(`severity_${finding.severity}`)} ` }), document.createTextNode(finding.message)]),
      excerpt,
      el("p", { class: "rebond-finding__suggestion", text: `${t("suggestion")} ${finding.suggestion}` }),
      fix,
    ]);
  }));
}
