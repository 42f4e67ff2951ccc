"use client";
import { useTranslations } from "next-intl";
import { useActionState, useEffect } from "react";
import { describeAnswer } from "@/lib/domain/action-messages";
import type { ActionState } from "@/lib/domain/action-state";
import { useRouter } from "@/lib/i18n/navigation";
import { ConfirmButton } from "./confirm-button";
import { FieldShell } from "./field";
import { FormStatus } from "./form-status";
import { ChoiceOptions } from "@/components/ui/choice-options";

export function MergeSourceForm({
  action,
  sourceId,
  sourceName,
  others,
}: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  sourceId: number;
  sourceName: string;
  others: Array<{ id: number; name: string }>;
}) {
  const t = useTranslations("admin.mergeForm");
  const router = useRouter();
  const [state, formAction, pending] = useActionState(action, {});
  useEffect(() => {
    if (state.ok && state.redirectTo) router.push(state.redirectTo);
  }, [state, router]);
  return (
    <form action={formAction} className="form">
      <input type="hidden" name="id" value={sourceId} />
      <FieldShell name="keepId" label={t("keep")} errors={describeAnswer(state).errors.keepId}>
        <select id="f-keepId" name="keepId" defaultValue="" aria-describedby="f-keepId-error">
          <ChoiceOptions empty={t("choose")} choices={others.map((s) => ({ value: s.id, label: s.name }))} />
        </select>
      </FieldShell>
      <ConfirmButton label={t("merge")} confirmLabel={t("confirm", { name: sourceName })} pending={pending} />
      <FormStatus state={state} />
    </form>
  );
}
