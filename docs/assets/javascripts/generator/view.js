// Showing the engine's answers: field errors (next to fields and in a summary), the review's
// findings, and short status lines. Text is always set with textContent, never as HTML.
import { clearErrors as clearFormErrors, el, showErrors as showFormErrors } from "../form-errors.js";

/** Errors next to the generator's fields and in its summary (ids "gen-..."). */
export const clearErrors = (form) => clearFormErrors(form, "gen");
export const showErrors = (form, errors, lang, { focus = false } = {}) =>
  showFormErrors(form, "gen", errors, lang, { focus });

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
