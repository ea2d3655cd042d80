// The message in sight on a phone: the bar (overrides/rebond/generator/bar.html) with the
// message's first line and its state, both from the engine's "check" (its `summary`), and a
// way to the message that moves the focus there. No rule here: the text is the engine's.

export class Bar {
  /** @param {HTMLElement} box @param {HTMLElement} target the message's heading (focusable) */
  constructor(box, target) {
    this.box = box;
    this.line = /** @type {HTMLElement} */ (box.querySelector("#gen-bar-line"));
    this.state = /** @type {HTMLElement} */ (box.querySelector("#gen-bar-state"));
    box.querySelector("#gen-bar-jump")?.addEventListener("click", (event) => {
      event.preventDefault(); // the address stays the page's (a fragment there is a prefill link)
      target.focus({ preventScroll: true });
      target.scrollIntoView({ block: "start" });
    });
  }

  /** The message's first line and its state ("updated", "needs fixing"), written only when they change. */
  show(line, stateText, lang) {
    if (this.line.textContent !== line) this.line.textContent = line;
    if (lang && this.line.lang !== lang) this.line.lang = lang;
    this.say(stateText);
  }

  /** The state alone (said by the live region when it changes). */
  say(stateText) {
    if (this.state.textContent !== stateText) this.state.textContent = stateText;
  }
}
