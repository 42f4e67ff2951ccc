// The public pages the accessibility and language checks visit (English paths; Ukrainian is /uk + the path).
/** Every public page, as a reader reaches it; the Ukrainian one is /uk + the path. */
export const PUBLIC_PAGES: readonly string[] = [
  "/",
  "/?place=UA1402",
  "/displacement",
  "/casualties",
  "/casualties?place=UA1402&grade=C",
  "/casualties/civilians-killed?place=UA",
  "/infrastructure",
  "/access",
  "/sources",
  "/timeline",
  "/data",
  "/data?place=UA1402&domain=casualties&grade=C",
  "/embed/displacement/remaining-population?place=UA1402001X01",
  "/no-such-page",
];
