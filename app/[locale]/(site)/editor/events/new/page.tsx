import type { Metadata } from "next";
import { TimelineEventForm } from "@/components/forms/timeline-event-form";
import { requirePageRole } from "@/lib/auth/guard";
import { figureFormOptions } from "@/lib/data/form-options";
import { saveTimelineEventAction } from "../actions";

export const dynamic = "force-dynamic";

const strings = { title: "Enter a timeline event", lede: "Saved as a draft; submit it for review when it is complete." };

export const metadata: Metadata = { title: strings.title };

export default async function NewEventPage() {
  await requirePageRole("editor", "/editor/events/new");
  const { places, sources } = await figureFormOptions();
  return (
    <>
      <h1>{strings.title}</h1>
      <p className="lede">{strings.lede}</p>
      <TimelineEventForm action={saveTimelineEventAction} options={{ places, sources }} initial={{}} />
    </>
  );
}
