"use client";
// The reviewer's "Retract" on a public figure page. The page is rendered without the session (so
// it can be cached), so the control appears here, after hydration, for a user whose role may
// retract. The server action's guard is the check; this only decides what to show.
import { useTranslations } from "next-intl";
import type { ComponentProps } from "react";
import { WorkflowButton } from "@/components/forms/workflow-button";
import { useDomainMessages } from "@/components/i18n/use-domain-messages";
import { useSession } from "@/components/ui/session-client";
import type { PublicationStatus } from "@/lib/domain/enums";
import { offerRetract } from "@/lib/domain/retract-offer";

export function RetractButton({
  action,
  figure,
}: {
  action: ComponentProps<typeof WorkflowButton>["action"];
  figure: { id: number; version: number; status: PublicationStatus };
}) {
  const session = useSession();
  const t = useTranslations("fields.retract");
  const messages = useDomainMessages();
  if (session.status !== "ready" || !offerRetract(session.user?.role, figure.status)) return null;
  return (
    <section className="card">
      <WorkflowButton
        action={action}
        fields={{ id: figure.id, version: figure.version, action: "retract" }}
        label={t("retract")}
        reasonLabel={t("reason")}
        confirmLabel={t("confirm")}
        reasonRequired={messages.errors.reasonRequired.retract}
      />
    </section>
  );
}
