// Free text that PostgreSQL can store. A text column refuses the NUL character (U+0000) with
// error 22021, which used to surface as a 500; every text input (forms, imports, search boxes)
// checks with this module instead. Forms refuse such text with a field error rather than strip
// it silently: the person sees what was wrong with what they pasted.

/** Characters PostgreSQL refuses in a text value (UTF-8 database): only NUL. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point here
const UNSTORABLE = /\u0000/;

export function isStorableText(text: string): boolean {
  return !UNSTORABLE.test(text);
}

/**
 * A free-text URL parameter (a search box, an email filter): the trimmed text cut to `max`, or
 * "" (no filter) when it is missing, repeated or holds a character the database refuses. A
 * filter, like the dashboard's, falls back to its default rather than answering an error.
 */
export function searchTextParam(value: unknown, max: number): string {
  if (typeof value !== "string" || !isStorableText(value)) return "";
  return value.trim().slice(0, max);
}
