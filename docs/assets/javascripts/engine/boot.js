// Starts the page's Python engine as early as the page allows: loaded as an async module from
// the page's <head> (overrides/main.html, pages whose front matter says `engine: early`), it
// runs while the page is still being parsed and painted, so the worker's downloads overlap
// them. The page's own script imports the same engine.
import { startEngine } from "./client.js";

// Python itself starts once the page has loaded (`hold`): compiling WebAssembly and starting
// Python beside the theme's own start would slow that start down on a phone's few cores; until
// then the worker only downloads.
const pageLoaded = new Promise((resolve) => {
  if (document.readyState === "complete") resolve();
  else window.addEventListener("load", () => resolve(), { once: true });
});
export const engine = startEngine({ hold: pageLoaded });
