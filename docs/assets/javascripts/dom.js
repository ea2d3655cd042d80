// Building DOM nodes from the engine's answers: text always goes in as text (textContent),
// never as HTML. Shared by the tool pages' scripts.

/**
 * A DOM element with attributes (`text` sets its text) and children (nulls skipped).
 * @param {string} tag
 * @param {Record<string, string>} [props]
 * @param {Array<Node | string | null | undefined | false>} [children]
 * @returns {HTMLElement}
 */
export function el(tag, props = {}, children = []) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (key === "text") node.textContent = value;
    else node.setAttribute(key, value);
  }
  node.append(...children.filter(/** @returns {child is Node | string} */ (child) => Boolean(child)));
  return node;
}
