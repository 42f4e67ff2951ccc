"use client";
// Upload a CSV or XLSX file for a bulk import of figures: posted with fetch to the upload route
// (its own size limit, 20 MB), so the page stays usable and a refusal shows in words beside the
// field; on success the batch's page opens, with the columns found.
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { describedBy, FieldShell } from "@/components/forms/field";

const strings = {
  label: "Upload a file of figures",
  file: "CSV (UTF-8, comma or semicolon) or Excel workbook (.xlsx), up to 20 MB and 200,000 rows",
  fileHint:
    "The first line names the columns; a second line of HXL hashtags is read too. Nothing is imported before you check and confirm.",
  sheet: "Sheet (XLSX only; empty: the first sheet)",
  submit: "Upload and show the columns",
  uploading: "Uploading…",
  failed: "The upload did not work. Check the connection and try again.",
};

export function ImportUploadForm() {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setError(null);
    try {
      const response = await fetch("/editor/import/upload", { method: "POST", body: new FormData(event.currentTarget) });
      const answer = (await response.json().catch(() => ({}))) as { url?: string; message?: string };
      if (response.ok && answer.url) router.push(answer.url);
      else setError(answer.message ?? strings.failed);
    } catch {
      setError(strings.failed);
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={submit} className="form form--wide" aria-label={strings.label} encType="multipart/form-data">
      <FieldShell name="file" label={strings.file} hint={strings.fileHint} errors={error ? [error] : undefined}>
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
      <FieldShell name="sheet" label={strings.sheet}>
        <input type="text" id="f-sheet" name="sheet" maxLength={100} aria-describedby={describedBy("sheet")} />
      </FieldShell>
      <button type="submit" className="button button--primary" disabled={pending}>
        {pending ? strings.uploading : strings.submit}
      </button>
    </form>
  );
}
