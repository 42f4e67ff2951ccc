import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { TimelineEventForm } from "@/components/forms/timeline-event-form";
import { requirePageRole } from "@/lib/auth/guard";
import { figureFormOptions } from "@/lib/data/form-options";
import type { Locale } from "@/lib/i18n/routing";
import { saveTimelineEventAction } from "../actions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("editor.newEvent");
  return { title: t("title") };
}

export default async function NewEventPage() {
  await requirePageRole("editor", "/editor/events/new");
  const t = await getTranslations("editor.newEvent");
  const { places, sources } = await figureFormOptions((await getLocale()) as Locale);
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lede">{t("lede")}</p>
      <TimelineEventForm action={saveTimelineEventAction} options={{ places, sources }} initial={{}} />
    </>
  );
}
