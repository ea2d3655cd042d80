// Leaving with the message: clipboard and the printable letter (file downloads: ../download.js).

/** Copy text; if the clipboard API is refused, select the field so the reader can copy it. */
export async function copyText(text, field) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    if (field) {
      field.focus();
      field.select();
    }
    return false;
  }
}

/**
 * The letter for print: one paragraph per block of the text as it stands (edits included).
 * Blocks equal to the engine's sender, recipient or date block get their place on the page
 * (`roles`: {sender, recipient, dated} when the engine provides them).
 */
export function renderLetter(container, text, roles = {}) {
  const blocks = text.replace(/\r\n?/g, "\n").split(/\n[ \t]*\n/).filter((b) => b.trim());
  const byText = new Map(Object.entries(roles || {}).filter(([, v]) => typeof v === "string" && v).map(([k, v]) => [v, k]));
  container.replaceChildren(...blocks.map((block) => {
    const p = document.createElement("p");
    p.textContent = block;
    const role = byText.get(block);
    if (role) p.className = `rebond-letter__${role}`;
    return p;
  }));
}
