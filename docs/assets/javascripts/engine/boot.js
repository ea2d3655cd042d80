// Starts the page's Python engine once the page has loaded, and shares it: the page's script
// imports `engine` from here (generator/main.js). On a phone's two cores, the worker's start
// (its script, the runtime's 3.6 MB, compiling WebAssembly, starting Python) beside the page's
// own start slowed the theme's start down; started early, on loopback, it gained nothing on the
// time to the first personalised message (bench/NOTES.md, the table of levers).
import { startEngine } from "./client.js";

const pageLoaded = new Promise((resolve) => {
  if (document.readyState === "complete") resolve();
  else window.addEventListener("load", () => resolve(), { once: true });
});
export const engine = startEngine({ hold: pageLoaded });
