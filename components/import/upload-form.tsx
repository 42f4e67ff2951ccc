"use client";
// Upload a CSV or XLSX file for a bulk import of figures: posted with fetch to the upload route
// (its own size limit, 20 MB), so the page stays usable and a refusal shows in words beside the
// field; on success the batch's page opens, with the columns found.
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { describedBy, FieldShell } from "@/components/forms/field";
import { importWords, type Translator } from "@/lib/import/problems";
import type { FileProblem } from "@/lib/import/read";
import { useRouter } from "@/lib/i18n/navigation";

/** The upload's limits as the page states them (lib/import/read.ts's IMPORT_LIMITS). */
export function ImportUploadForm({ limits }: { limits: { megabytes: number; rows: number } }) {
  const t = useTranslations("imports.upload");
  const words = importWords(useTranslations("imports") as unknown as Translator, useTranslations("domain") as unknown as Translator);
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setError(null);
    try {
      const response = await fetch("/editor/import/upload", { method: "POST", body: new FormData(event.currentTarget) });
      // The route answers a code (and the file's problem as data) with English words; the page shows its own.
      const answer = (await response.json().catch(() => ({}))) as { url?: string; error?: string; problem?: FileProblem };
      if (response.ok && answer.url) router.push(answer.url);
      else setError(answer.problem ? words.file(answer.problem) : answer.error === "no_file" ? t("noFile") : t("failed"));
    } catch {
      setError(t("failed"));
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={submit} className="form form--wide" aria-label={t("label")} encType="multipart/form-data">
      <FieldShell name="file" label={t("file", limits)} hint={t("fileHint")} errors={error ? [error] : undefined}>
        <input
          type="file"
          id="f-file"
          name="file"
          required
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-describedby={describedBy("file", true)}
          aria-invalid={error ? true : undefined}
        />
      </FieldShell>
      <FieldShell name="sheet" label={t("sheet")}>
        <input type="text" id="f-sheet" name="sheet" maxLength={100} aria-describedby={describedBy("sheet")} />
      </FieldShell>
      <button type="submit" className="button button--primary" disabled={pending}>
        {pending ? t("uploading") : t("submit")}
      </button>
    </form>
  );
}
