// The build's loader for the message catalogues (messages/<locale>/<area>.json, next.config.js): every
// ICU message compiled with icu-minify, the compiler behind next-intl's own `precompile` option, so
// that the app formats them with use-intl's small `format-only` and no ICU parser reaches the browser.
// The output is JSON again (not next-intl's JavaScript module): the catalogues are imported with
// `with { type: "json" }`, which Playwright's loader needs (README "First-load JavaScript").
module.exports = function precompileMessages(source) {
  const callback = this.async();
  import("icu-minify/compile").then(({ default: compile }) => {
    /** @param {Record<string, unknown>} tree */
    const compileTree = (tree) =>
      Object.fromEntries(
        Object.entries(tree).map(([key, value]) => [
          key,
          typeof value === "string" ? compile(value) : compileTree(/** @type {Record<string, unknown>} */ (value)),
        ]),
      );
    callback(null, JSON.stringify(compileTree(JSON.parse(source))));
  }, callback);
};
