// The top of a page: its title and the sentence under it, in the page's words ("title", "lede").
export function PageIntro({ t }: { t: (key: "title" | "lede") => string }) {
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lede">{t("lede")}</p>
    </>
  );
}
