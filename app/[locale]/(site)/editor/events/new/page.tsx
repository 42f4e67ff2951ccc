import { getLocale, getTranslations } from "next-intl/server";
import { TimelineEventForm } from "@/components/forms/timeline-event-form";
import { requirePageRole } from "@/lib/auth/guard";
import { figureFormOptions } from "@/lib/data/form-options";
import type { Locale } from "@/lib/i18n/routing";
import { saveTimelineEventAction } from "../actions";
import { titleMetadata } from "@/lib/i18n/page-words";
import { PageIntro } from "@/components/ui/page-intro";

export const dynamic = "force-dynamic";

export const generateMetadata = titleMetadata("editor.newEvent.title");

export default async function NewEventPage() {
  await requirePageRole("editor", "/editor/events/new");
  const t = await getTranslations("editor.newEvent");
  const { places, sources } = await figureFormOptions((await getLocale()) as Locale);
  return (
    <>
      <PageIntro t={t} />
      <TimelineEventForm action={saveTimelineEventAction} options={{ places, sources }} initial={{}} />
    </>
  );
}
