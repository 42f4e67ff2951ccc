"use client";
// The source filter's checkboxes (one per source, ~200). A client component only so that the page
// sends each source once in its React payload as [id, name, grade] (~30 bytes) instead of its
// rendered label, input and grade (~240 bytes): the markup is server-rendered the same and the
// form works without JavaScript. On every dashboard page this was ~45 kB of a ~300 kB page.
import type { Reliability } from "@/lib/domain/enums";

export type SourceCheck = [id: number, name: string, reliability: Reliability];

export function SourceChecks({ sources, chosen }: { sources: SourceCheck[]; chosen: number[] }) {
  return (
    <div className="source-checks">
      {sources.map(([id, name, reliability]) => (
        // One text node per label and no class (styled as `.source-checks label`): React separates
        // adjacent text nodes with <!-- --> in the HTML, 32 bytes a source over ~200 sources.
        <label key={id}>
          <input type="checkbox" name="source" value={String(id)} defaultChecked={chosen.includes(id)} />
          {` ${name} `}
          <span className="muted">{`(${reliability})`}</span>
        </label>
      ))}
    </div>
  );
}
