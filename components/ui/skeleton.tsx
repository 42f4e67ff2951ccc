const strings = { loading: (what: string) => `Loading ${what}…` };

/** The grey placeholder a chart shows while its numbers load. */
export function ChartSkeleton({ what, short = false }: { what: string; short?: boolean }) {
  return (
    <div className={short ? "skeleton skeleton--short" : "skeleton"} role="status">
      <span className="visually-hidden">{strings.loading(what)}</span>
    </div>
  );
}
