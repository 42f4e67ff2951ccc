import { useTranslations } from "next-intl";

/** The grey placeholder a chart shows while its numbers load. */
export function ChartSkeleton({ what, short = false }: { what: string; short?: boolean }) {
  const t = useTranslations("public.skeleton");
  return (
    <div className={short ? "skeleton skeleton--short" : "skeleton"} role="status">
      <span className="visually-hidden">{t("loading", { what })}</span>
    </div>
  );
}
