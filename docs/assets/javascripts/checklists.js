// Checklists on screen: ticks are kept on this device only if the reader asks ("keep my
// ticks"), in localStorage under "rebond:checklist:<id>"; "clear" unticks and forgets.
// Glue only: the lists themselves are rendered at build time from the engine's data.

const PREFIX = "rebond:checklist:";

function storage() {
  // Private modes and strict settings can deny localStorage: then nothing is kept.
  try {
    const store = window.localStorage;
    store.getItem(PREFIX);
    return store;
  } catch {
    return null;
  }
}

function load(store, id) {
  try {
    const data = JSON.parse(store.getItem(PREFIX + id) || "null");
    return data && typeof data.ticked === "object" ? data : null;
  } catch {
    return null;
  }
}

function setUp(section, store) {
  const id = section.dataset.checklist;
  const boxes = [...section.querySelectorAll("input[data-item]")];
  const remember = section.querySelector(".rebond-checklist__remember");
  const controls = section.querySelector(".rebond-checklist__controls");
  if (controls) controls.hidden = false;

  const save = () => {
    if (!store || !remember || !remember.checked) return;
    const ticked = {};
    for (const box of boxes) if (box.checked) ticked[box.dataset.item] = true;
    store.setItem(PREFIX + id, JSON.stringify({ ticked }));
  };

  if (remember) {
    if (!store) remember.disabled = true;
    const saved = store ? load(store, id) : null;
    if (saved) {
      remember.checked = true;
      for (const box of boxes) box.checked = Boolean(saved.ticked[box.dataset.item]);
    }
    remember.addEventListener("change", () => {
      if (remember.checked) save();
      else if (store) store.removeItem(PREFIX + id);
    });
  }
  for (const box of boxes) box.addEventListener("change", save);

  section.querySelector(".rebond-checklist__reset")?.addEventListener("click", () => {
    for (const box of boxes) box.checked = false;
    if (remember) remember.checked = false;
    if (store) store.removeItem(PREFIX + id);
  });
  section.querySelector(".rebond-checklist__print")?.addEventListener("click", () => window.print());
}

const store = storage();
for (const section of document.querySelectorAll(".rebond-checklist[data-checklist]")) setUp(section, store);
