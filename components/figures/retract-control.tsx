"use client";
// The reviewer's "Retract" on a public figure page. The page is rendered without the session (so
// it can be cached), so the control appears here, after hydration, for a user whose role may
// retract. The server action's guard is the check; this only decides what to show.
import type { ComponentProps } from "react";
import { WorkflowButton } from "@/components/forms/workflow-button";
import { useSession } from "@/components/ui/session-client";
import type { PublicationStatus } from "@/lib/domain/enums";
import { messages } from "@/lib/domain/messages";
import { offerRetract } from "@/lib/domain/retract-offer";

const strings = {
  retract: "Retract",
  retractReason: "Why is it retracted? (shown publicly)",
  confirmRetract: "Confirm: retract this figure",
};

export function RetractControl({
  action,
  figure,
}: {
  action: ComponentProps<typeof WorkflowButton>["action"];
  figure: { id: number; version: number; status: PublicationStatus };
}) {
  const session = useSession();
  if (session.status !== "ready" || !offerRetract(session.user?.role, figure.status)) return null;
  return (
    <section className="card">
      <WorkflowButton
        action={action}
        fields={{ id: figure.id, version: figure.version, action: "retract" }}
        label={strings.retract}
        reasonLabel={strings.retractReason}
        confirmLabel={strings.confirmRetract}
        reasonRequired={messages.errors.reasonRequired.retract}
      />
    </section>
  );
}
