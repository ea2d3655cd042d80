// Live character counts under the long fields (text areas with data-max, macros/generator.py):
// "n characters out of max", and how many too many beyond it (the engine refuses the field then).
// The count is a polite live region: said when the reader pauses, never interrupting.

/** Characters as the engine counts them (code points, not UTF-16 units). */
const length = (text) => [...text].length;

export function updateCount(field, t) {
  const out = document.getElementById(`${field.id}-count`);
  if (!out) return;
  const max = Number(field.dataset.max);
  const n = length(field.value);
  const text = n > max ? t("char_count_over", { n, max, over: n - max }) : t("char_count", { n, max });
  if (out.textContent !== text) out.textContent = text;
  out.classList.toggle("rebond-field__count--over", n > max);
}

/** Every count of the form (after values were written into it: a draft, a link). */
export function updateCounts(form, t) {
  for (const field of form.querySelectorAll("textarea[data-max]")) updateCount(field, t);
}

export function watchCounts(form, t) {
  form.addEventListener("input", (event) => {
    if (event.target instanceof HTMLTextAreaElement && event.target.dataset.max) updateCount(event.target, t);
  });
}
