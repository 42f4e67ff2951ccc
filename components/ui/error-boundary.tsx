// Keeps one failing chart from breaking the page: the chart's place shows a short message
// instead. (Server errors inside a <Suspense> boundary reach the browser as a thrown error.)
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { ErrorBoundaryClient } from "./error-boundary-client";

export function ChartErrorBoundary({ what, children }: { what: string; children: ReactNode }) {
  const t = useTranslations("public.chartError");
  const fallback = (
    <div className="chart-error" role="alert">
      <p>
        <strong>{t("title", { what })}</strong>
      </p>
      <p>{t("hint")}</p>
    </div>
  );
  return <ErrorBoundaryClient fallback={fallback}>{children}</ErrorBoundaryClient>;
}
