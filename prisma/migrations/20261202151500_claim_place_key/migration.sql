-- Hand-written (no schema change): one folding of "the place as the source named it" for the import's duplicate key,
-- the same in the database as in the file.
--
-- Before, a file's rows were compared with JavaScript's trim() and toLowerCase() (every script), stored figures with
-- lower(btrim(...)) under the database's collation: under the C locale of the embedded server that folds only ASCII,
-- and btrim only spaces. So "Бахмут" and "бахмут" were one claim within a file and two against a stored figure.
--
-- claim_place_key(name): the name without the white space JavaScript's trim() removes, in lower case by Unicode's simple
-- mapping (one character to one; lib/import/rows.ts sourcePlaceKey does the same). Which lower() does that depends on the
-- server: the built-in C.UTF-8 collation (PostgreSQL 17 or later, UTF-8 databases), else ICU's root collation, else the
-- database's own (then only what its locale folds; the README says so).
DO $do$
DECLARE
  -- ECMAScript's WhiteSpace and LineTerminator: what String.prototype.trim removes.
  blanks text := chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760)
    || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200)
    || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279);
  folding text := '';
BEGIN
  IF pg_catalog.getdatabaseencoding() <> 'UTF8' THEN
    blanks := chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32);
  ELSIF EXISTS (SELECT FROM pg_catalog.pg_collation WHERE collname = 'pg_c_utf8') THEN
    folding := ' COLLATE pg_catalog.pg_c_utf8';
  ELSIF EXISTS (SELECT FROM pg_catalog.pg_collation WHERE collname = 'und-x-icu') THEN
    folding := ' COLLATE pg_catalog."und-x-icu"';
  END IF;
  EXECUTE format(
    'CREATE FUNCTION "claim_place_key"(name text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
     RETURN pg_catalog.lower(pg_catalog.btrim(coalesce(name, %L), %L)%s)',
    '', blanks, folding);
END $do$;
