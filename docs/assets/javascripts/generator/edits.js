// The reader's edits are theirs: a new version of the message (a field changed, another wording)
// is shown beside their text, never written over it, until they choose; every replacement of
// their text can be undone. The merge itself (which paragraphs they did not touch) is the
// engine's ("merge" op, rebond.edits); this file only shows the offer and keeps the undo stack.

/** The offered version, shown as text (its subject, then one paragraph per block). */
export function showOffer(box, { subject, body, lang }) {
  box.querySelector("#gen-offer-subject").textContent = subject;
  const paragraphs = body.replace(/\r\n?/g, "\n").split(/\n[ \t]*\n/).filter((p) => p.trim());
  box.querySelector("#gen-offer-body").replaceChildren(...paragraphs.map((text) => {
    const p = document.createElement("p");
    p.textContent = text;
    return p;
  }));
  for (const node of [box.querySelector("#gen-offer-subject"), box.querySelector("#gen-offer-body")]) node.lang = lang;
  box.hidden = false;
}

export function hideOffer(box) {
  box.hidden = true;
}

/** What a replacement replaced, to put back: the texts and the page's state that went with them. */
export class Undo {
  constructor(button) {
    this.button = button;
    this.stack = [];
  }

  push(snapshot) {
    this.stack.push(snapshot);
    this.button.hidden = false;
  }

  pop() {
    const snapshot = this.stack.pop() || null;
    this.button.hidden = !this.stack.length;
    return snapshot;
  }
}
