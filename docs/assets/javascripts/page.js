// Every page: open every <details> before printing, so printed pages show all the content,
// then put them back as the reader left them.
(() => {
  /** @type {HTMLDetailsElement[]} */
  let reopened = [];
  window.addEventListener("beforeprint", () => {
    reopened = [...document.querySelectorAll("details")].filter((d) => !d.open);
    reopened.forEach((d) => { d.open = true; });
  });
  window.addEventListener("afterprint", () => {
    reopened.forEach((d) => { d.open = false; });
    reopened = [];
  });
})();
