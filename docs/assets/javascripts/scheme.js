// Every page: the light/dark switch of the header (overrides/partials/palette.html). The scheme
// is already set before the first paint (the reader's choice made here, else the system's; see
// the top of the header block in overrides/main.html). This keeps the button's label in step,
// remembers a choice made with it (under "rebond:", so "delete my data" removes it too), and
// follows the system while no choice has been made.
(() => {
  const KEY = "rebond:scheme";
  const SCHEMES = ["default", "slate"];
  const button = /** @type {HTMLButtonElement | null} */ (document.querySelector("[data-rebond-scheme]"));
  const system = window.matchMedia("(prefers-color-scheme: dark)");

  function chosen() {
    try {
      const scheme = localStorage.getItem(KEY);
      return SCHEMES.includes(scheme) ? scheme : null;
    } catch {
      return null; // storage forbidden: the system decides
    }
  }

  function show(scheme) {
    document.body.setAttribute("data-md-color-scheme", scheme);
    if (!button) return;
    const label = scheme === "slate" ? button.dataset.toLight : button.dataset.toDark;
    button.setAttribute("aria-label", label);
    button.title = label;
  }

  show(document.body.getAttribute("data-md-color-scheme") === "slate" ? "slate" : "default");
  system.addEventListener("change", () => {
    if (!chosen()) show(system.matches ? "slate" : "default");
  });
  if (!button) return;
  button.hidden = false;
  button.addEventListener("click", () => {
    const next = document.body.getAttribute("data-md-color-scheme") === "slate" ? "default" : "slate";
    try {
      localStorage.setItem(KEY, next);
    } catch {
      // Not remembered (storage full or forbidden): the switch still works on this page.
    }
    show(next);
  });
})();
