// Cells of a staff list of claims (the editor's figures, an import batch under review): the place
// in the reader's language with its P-code, the source with its reliability grade (its meaning on hover).
import { DataText } from "@/components/ui/data-text";
import type { Reliability } from "@/lib/domain/enums";
import { placeText } from "@/lib/domain/localized";

export function PlaceWithCode({ place, locale }: { place: { nameEn: string; nameUk?: string | null; pcode: string }; locale: string }) {
  return (
    <>
      <DataText value={placeText(place, locale)} /> <span className="muted">({place.pcode})</span>
    </>
  );
}

export function SourceWithGrade({ source, meaning }: { source: { name: string; reliability: Reliability }; meaning: string }) {
  return (
    <>
      {source.name}{" "}
      <abbr className="grade" title={meaning}>
        {source.reliability}
      </abbr>
    </>
  );
}
