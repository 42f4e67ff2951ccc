// The import's words in English, for tests and the upload route's machine-facing answers. The
// words themselves are in messages/<locale>/imports.json; lib/import/problems.ts turns the import's
// problems into words of any language, lib/import/words.ts builds them per reader on the server.
import { createTranslator } from "use-intl/core";
import enDomain from "@/messages/en/domain.json";
import enImports from "@/messages/en/imports.json";
import type { DomainTranslator } from "@/lib/domain/messages";
import { importWords, type ImportWords, type Translator } from "./problems";

export * from "./problems";

/** English: for tests and the upload route's JSON (machine-facing answers stay English). */
export const englishImportWords: ImportWords = importWords(
  createTranslator({ locale: "en", messages: { imports: enImports }, namespace: "imports" }) as unknown as Translator,
  createTranslator({ locale: "en", messages: { domain: enDomain }, namespace: "domain" }) as unknown as DomainTranslator,
);

export const fileProblemText = englishImportWords.file;
export const mappingProblemText = englishImportWords.mapping;
export const rowProblemText = englishImportWords.row;
