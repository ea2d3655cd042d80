// Globals the site's scripts read that TypeScript's DOM library does not declare (type-checking
// only: tsconfig.json; nothing here is shipped).

interface Window {
  /** Material for MkDocs' scope for its stored settings: the site's root URL (set in every page). */
  __md_scope?: URL;
}
