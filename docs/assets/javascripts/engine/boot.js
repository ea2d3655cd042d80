// Starts the page's Python engine as early as the page allows: loaded as an async module from
// the page's <head> (overrides/main.html, pages whose front matter says `engine: early`), it
// creates the worker while the page is still being parsed, so the runtime's downloads overlap
// the page's own. Python itself starts once the page has loaded (`hold`): compiling and
// starting it beside the theme's own start would slow that start down on a phone's few cores.
// The page's own script imports the same engine.
import { startEngine } from "./client.js";

const pageLoaded = new Promise((resolve) => {
  if (document.readyState === "complete") resolve();
  else window.addEventListener("load", () => resolve(), { once: true });
});
export const engine = startEngine({ hold: pageLoaded });
