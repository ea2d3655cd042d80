// Read and write the generator's form as the engine's fields (names and types from the
// engine's schema). No rule lives here: the engine validates whatever this returns.

function controls(form, name) {
  const found = form.elements.namedItem(name);
  if (!found) return [];
  return found instanceof RadioNodeList ? [...found] : [found];
}

/** The form's values as engine fields: {kind: "thanks", keep_cv: true, feedback_topics: [...]}. */
export function readFields(form, schema) {
  const fields = {};
  for (const [name, spec] of Object.entries(schema.FIELDS)) {
    const inputs = controls(form, name);
    if (!inputs.length) continue;
    if (spec.type === "choice") fields[name] = inputs.find((i) => i.checked)?.value ?? "";
    else if (spec.type === "list") fields[name] = inputs.filter((i) => i.checked).map((i) => i.value);
    else if (spec.type === "bool") fields[name] = inputs[0].checked;
    else if (spec.type === "int") fields[name] = Number(inputs[0].value) || 0;
    else fields[name] = inputs[0].value;
  }
  return fields;
}

const TRUE = new Set(["1", "true"]);
const FALSE = new Set(["0", "false"]);

/** Put one value in the form; false when the form has no place for it (then nothing changes). */
function writeOne(form, spec, name, value) {
  const inputs = controls(form, name);
  if (!inputs.length) return false;
  if (spec.type === "choice") {
    const input = inputs.find((i) => i.value === String(value) && !i.disabled);
    if (!input) return false;
    input.checked = true;
    return true;
  }
  if (spec.type === "list") {
    const wanted = Array.isArray(value) ? value.map(String) : String(value).split(",").filter(Boolean);
    if (!wanted.every((v) => inputs.some((i) => i.value === v))) return false;
    for (const input of inputs) input.checked = wanted.includes(input.value);
    return true;
  }
  if (spec.type === "bool") {
    const text = String(value).toLowerCase();
    if (!TRUE.has(text) && !FALSE.has(text)) return false;
    inputs[0].checked = TRUE.has(text);
    return true;
  }
  if (spec.type === "int") {
    if (!/^\d{1,6}$/.test(String(value))) return false;
    inputs[0].value = String(value);
    return true;
  }
  if (typeof value !== "string") return false;
  inputs[0].value = value;
  return true;
}

/**
 * Write fields into the form, `kind` first (it decides which channels exist: `beforeRest` runs
 * after it). Returns the names that could not be written (unknown field or impossible value).
 */
export function writeFields(form, schema, values, beforeRest = () => {}) {
  const ignored = [];
  const names = Object.keys(values).sort((a, b) => (b === "kind") - (a === "kind"));
  let kindDone = false;
  for (const name of names) {
    if (name !== "kind" && !kindDone) {
      beforeRest();
      kindDone = true;
    }
    const spec = schema.FIELDS[name];
    if (!spec || !writeOne(form, spec, name, values[name])) ignored.push(name);
  }
  if (!kindDone) beforeRest();
  return ignored;
}
