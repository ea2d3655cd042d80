// Read and write the generator's form as the engine's fields (names and types from the
// engine's schema). No rule lives here: values go to the engine as the form holds them (a
// number as its text, a box as ticked or not) and the engine parses them; values come back
// from the engine already parsed (a prefill link), and are only put in place.

function controls(form, name) {
  const found = form.elements.namedItem(name);
  if (!found) return [];
  return found instanceof RadioNodeList ? [...found] : [found];
}

/** The form's values, unparsed: {kind: "thanks", keep_cv: true, variant: "0", feedback_topics: [...]}. */
export function readFields(form, schema) {
  const fields = {};
  for (const [name, spec] of Object.entries(schema.FIELDS)) {
    const inputs = controls(form, name);
    if (!inputs.length) continue;
    if (spec.type === "choice") fields[name] = inputs.find((i) => i.checked)?.value ?? "";
    else if (spec.type === "list") fields[name] = inputs.filter((i) => i.checked).map((i) => i.value);
    else if (spec.type === "bool") fields[name] = inputs[0].checked;
    else fields[name] = inputs[0].value; // text, and numbers as typed: the engine reads them
  }
  return fields;
}

/** Put one engine value in the form; false when the form has no place for it. */
function writeOne(form, spec, name, value) {
  const inputs = controls(form, name);
  if (!inputs.length) return false;
  if (spec.type === "choice") {
    const input = inputs.find((i) => i.value === value && !i.disabled);
    if (input) input.checked = true;
    return Boolean(input);
  }
  if (spec.type === "list") {
    for (const input of inputs) input.checked = value.includes(input.value);
  } else if (spec.type === "bool") {
    inputs[0].checked = value === true;
  } else {
    inputs[0].value = String(value);
  }
  return true;
}

/**
 * Write engine values into the form, `kind` first (it decides which channels exist: `beforeRest`
 * runs after it). Returns the names the form has no place for.
 */
export function writeFields(form, schema, values, beforeRest = () => {}) {
  const missing = [];
  const names = Object.keys(values).sort((a, b) => Number(b === "kind") - Number(a === "kind"));
  let kindDone = false;
  for (const name of names) {
    if (name !== "kind" && !kindDone) {
      beforeRest();
      kindDone = true;
    }
    const spec = schema.FIELDS[name];
    if (!spec || !writeOne(form, spec, name, values[name])) missing.push(name);
  }
  if (!kindDone) beforeRest();
  return missing;
}
