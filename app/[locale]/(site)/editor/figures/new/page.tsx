import type { Metadata } from "next";
import { FigureForm } from "@/components/forms/figure-form";
import { requirePageRole } from "@/lib/auth/guard";
import { figureFormOptions } from "@/lib/data/form-options";
import { saveFigureAction } from "../../actions";

export const dynamic = "force-dynamic";

const strings = {
  title: "Enter a figure",
  lede: "One source's claim for one indicator, place and date. It is saved as a draft; submit it for review when it is complete.",
};

export const metadata: Metadata = { title: strings.title };

export default async function NewFigurePage() {
  await requirePageRole("editor", "/editor/figures/new");
  const options = await figureFormOptions();
  return (
    <>
      <h1>{strings.title}</h1>
      <p className="lede">{strings.lede}</p>
      <FigureForm action={saveFigureAction} options={options} initial={{}} />
    </>
  );
}
