// Starts the page's Python engine as early as the page allows: loaded as an async module from
// the page's <head> (overrides/main.html, pages whose front matter says `engine: early`), it
// runs while the page is still being parsed and painted, so the worker's downloads and
// Python's start overlap them. The page's own script imports the same started engine.
import { startEngine } from "./client.js";

export const engine = startEngine();
