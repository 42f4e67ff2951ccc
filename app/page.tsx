import { ClaimsFigure } from "@/components/charts/claims-figure";
import { getClaimsOverTime } from "@/lib/data/series";

// Read from the database on every request, never at build time.
export const dynamic = "force-dynamic";

/** The demo's headline chart: how many people were still in Bakhmut, by each source's account. */
const HEADLINE = { indicatorSlug: "remaining-population", pcode: "UA1402001X01" };

const strings = {
  title: "What is known about Bakhmut and Donetsk oblast",
  lede:
    "Figures on displacement, casualties, damage and humanitarian access, each as one source claimed it: with the source's grade, the range of the estimate and the date it refers to. Where sources disagree, their claims are shown side by side.",
  missing: "The headline chart's indicator or place is not in the database.",
};

export default async function HomePage() {
  const headline = await getClaimsOverTime(HEADLINE);
  return (
    <>
      <h1>{strings.title}</h1>
      <p className="lede">{strings.lede}</p>
      {headline ? <ClaimsFigure data={headline} /> : <p className="empty-state">{strings.missing}</p>}
    </>
  );
}
