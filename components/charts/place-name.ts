// A place's name in the reader's language: Ukrainian where the database holds one, else English.
import type { Locale } from "@/lib/i18n/routing";

export function placeNameIn(place: { nameEn: string; nameUk?: string | null }, locale: Locale): string {
  return locale === "uk" && place.nameUk ? place.nameUk : place.nameEn;
}
