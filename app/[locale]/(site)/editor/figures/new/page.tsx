import { getLocale, getTranslations } from "next-intl/server";
import { FigureForm } from "@/components/forms/figure-form";
import { requirePageRole } from "@/lib/auth/guard";
import { figureFormOptions } from "@/lib/data/form-options";
import type { Locale } from "@/lib/i18n/routing";
import { saveFigureAction } from "../../actions";
import { titleMetadata } from "@/lib/i18n/page-words";
import { PageIntro } from "@/components/ui/page-intro";

export const dynamic = "force-dynamic";

export const generateMetadata = titleMetadata("editor.newFigure.title");

export default async function NewFigurePage() {
  await requirePageRole("editor", "/editor/figures/new");
  const t = await getTranslations("editor.newFigure");
  const options = await figureFormOptions((await getLocale()) as Locale);
  return (
    <>
      <PageIntro t={t} />
      <FigureForm action={saveFigureAction} options={options} initial={{}} />
    </>
  );
}
