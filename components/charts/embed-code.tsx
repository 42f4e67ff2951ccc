"use client";
// "Copy embed code": an <iframe> snippet for another site, in a visible text box (select and
// copy by hand when the clipboard is not available) with a button that copies it.
import { useTranslations } from "next-intl";
import { useId, useState } from "react";

/** `url` is absolute, on the configured public address (lib/env publicOrigin), made on the server. */
export function EmbedCode({ url, title }: { url: string; title: string }) {
  const t = useTranslations("charts.embed");
  const [status, setStatus] = useState("");
  const id = useId();
  const attribute = (value: string) => value.replaceAll('"', "&quot;");
  const snippet = `<iframe src="${attribute(url)}" title="${attribute(title)}" width="100%" height="520" style="border:0" loading="lazy"></iframe>`;

  async function copy() {
    try {
      await navigator.clipboard.writeText(snippet);
      setStatus(t("copied"));
    } catch {
      setStatus(t("failed"));
    }
  }

  return (
    <details className="embed-code">
      <summary>{t("summary")}</summary>
      <label htmlFor={id}>{t("label")}</label>
      <textarea id={id} readOnly rows={3} value={snippet} onFocus={(e) => e.currentTarget.select()} />
      <button type="button" className="button" onClick={copy}>
        {t("copy")}
      </button>
      <p className="embed-code__status" aria-live="polite">
        {status}
      </p>
    </details>
  );
}
