import Link from "next/link";

const strings = {
  notFoundTitle: "Page not found",
  notFoundText: "There is no page at this address. It may have moved, or the link may be mistyped.",
  home: "Go to the overview",
  sources: "Browse the sources",
};

export function NotFoundContent() {
  return (
    <div className="status-page">
      <h1>{strings.notFoundTitle}</h1>
      <p>{strings.notFoundText}</p>
      <p>
        <Link href="/">{strings.home}</Link> · <Link href="/sources">{strings.sources}</Link>
      </p>
    </div>
  );
}
