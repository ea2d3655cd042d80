// Showing the engine's answers: field errors (next to fields and in a summary), the review's
// findings, the short form of a LinkedIn note. Text is always set with textContent, never as HTML.
import { el } from "../dom.js";
import { clearErrors as clearFormErrors, showErrors as showFormErrors } from "../form-errors.js";

/** Errors next to the generator's fields and in its summary (ids "gen-..."). */
export const clearErrors = (form) => clearFormErrors(form, "gen");
export const showErrors = (form, errors, lang, { focus = false } = {}) =>
  showFormErrors(form, "gen", errors, lang, { focus });

const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);

function setText(node, text) {
  if (node.textContent !== text) node.textContent = text;
}

/**
 * The review's findings, updated in place: each finding keeps its list item (keyed by the
 * engine's `key`) from one review to the next, so a "Fix" button under the reader's pointer or
 * keyboard focus is never replaced. `onFix(key, choice)` is called with the finding's key and
 * the suggestion chosen; the engine applies it to the text as it stands.
 */
export class Findings {
  constructor(list, none, { t, guideBase, onFix }) {
    this.list = list;
    this.none = none;
    this.t = t;
    this.guideBase = guideBase;
    this.onFix = onFix;
    this.items = new Map(); // key -> {li, finding, replacements}
    this.first = true;
  }

  update(findings) {
    if (this.first) {
      this.list.replaceChildren(); // findings written into the page at build time have no key
      this.first = false;
    }
    const active = document.activeElement;
    const focusedItem = [...this.items.values()].find((item) => item.li.contains(active));
    const keys = new Set(findings.map((f) => f.key));
    const lostAt = focusedItem && !keys.has(focusedItem.finding.key) ? [...this.list.children].indexOf(focusedItem.li) : -1;
    for (const [key, item] of this.items) {
      if (!keys.has(key)) {
        item.li.remove();
        this.items.delete(key);
      }
    }
    let previous = null;
    for (const finding of findings) {
      let item = this.items.get(finding.key);
      if (!item) {
        item = this.create();
        this.items.set(finding.key, item);
      }
      this.fill(item, finding);
      const place = previous ? previous.nextSibling : this.list.firstChild;
      if (item.li !== place) {
        const hadFocus = item.li.contains(active);
        this.list.insertBefore(item.li, place);
        if (hadFocus) /** @type {HTMLElement} */ (active).focus(); // moving an element blurs it: the reader stays where they were
      }
      previous = item.li;
    }
    this.none.hidden = findings.length > 0;
    if (lostAt >= 0) this.refocus(lostAt);
  }

  /** The finding the reader was on is gone (fixed): focus what took its place, or the list. */
  refocus(index) {
    const next = this.list.children[Math.min(index, this.list.children.length - 1)];
    const target = next?.querySelector("button") || next || this.list;
    if (!target.matches("button")) target.tabIndex = -1;
    target.focus();
  }

  create() {
    const item = { li: el("li", { class: "rebond-finding" }) };
    item.severity = el("strong");
    item.message = document.createTextNode("");
    item.excerpt = el("q");
    item.suggestion = el("p", { class: "rebond-finding__suggestion" });
    item.guide = el("p", { class: "rebond-finding__guide" }, [document.createTextNode(`${this.t("guide_link")} `), el("a")]);
    item.buttons = el("div", { class: "rebond-finding__fixes" });
    item.li.append(el("p", {}, [item.severity, item.message]), item.excerpt, item.suggestion, item.guide, item.buttons);
    item.buttons.addEventListener("click", (event) => {
      const button = event.target.closest("button[data-choice]");
      if (button) this.onFix(item.finding.key, Number(button.dataset.choice));
    });
    return item;
  }

  fill(item, finding) {
    item.finding = finding;
    item.li.className = `rebond-finding rebond-finding--${finding.severity}`;
    item.li.dataset.code = finding.code;
    item.li.dataset.key = finding.key;
    setText(item.severity, `${this.t(`severity_${finding.severity}`)} `);
    setText(item.message, finding.message);
    const excerpt = finding.excerpt && finding.excerpt.trim() ? finding.excerpt : "";
    setText(item.excerpt, excerpt);
    item.excerpt.hidden = !excerpt;
    setText(item.suggestion, `${this.t("suggestion")} ${finding.suggestion}`);
    item.guide.hidden = !finding.guide;
    if (finding.guide) {
      const link = item.guide.querySelector("a");
      const href = new URL(finding.guide.path, this.guideBase).href;
      if (link.href !== href) link.href = href;
      setText(link, finding.guide.title);
    }
    // One button per fix (a spelling finding offers each of its suggestions), rebuilt only when
    // the fixes themselves change, so that a button keeps its focus across reviews.
    const fixes = finding.fixes || (finding.fix ? [finding.fix] : []);
    const replacements = fixes.map((fix) => fix.replacement);
    if (!same(replacements, item.replacements)) {
      item.replacements = replacements;
      item.buttons.replaceChildren(...replacements.map((replacement, choice) => {
        const several = replacements.length > 1;
        const button = el("button", { type: "button", class: "md-button rebond-finding__fix", "data-choice": String(choice),
                                      text: several ? replacement : this.t("fix") });
        if (several) button.setAttribute("aria-label", this.t("fix_choice", { replacement }));
        return button;
      }));
    }
    item.buttons.hidden = !fixes.length;
  }
}

/** The 200-character form of a LinkedIn note (when the note needs a Premium account). */
export function showShort(box, short) {
  box.hidden = !short;
  setText(box.querySelector("[data-short-text]"), short || "");
}
