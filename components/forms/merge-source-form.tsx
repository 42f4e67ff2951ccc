"use client";
import { useRouter } from "next/navigation";
import { useActionState, useEffect } from "react";
import { describeAnswer } from "@/lib/domain/action-messages";
import type { ActionState } from "@/lib/domain/action-state";
import { ConfirmButton } from "./confirm-button";
import { FieldShell } from "./field";
import { FormStatus } from "./form-status";

const strings = {
  keep: "Source to keep",
  choose: "— choose —",
  merge: "Merge",
  confirm: (name: string) => `Confirm: move everything of “${name}” and remove it`,
};

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
  const router = useRouter();
  const [state, formAction, pending] = useActionState(action, {});
  useEffect(() => {
    if (state.ok && state.redirectTo) router.push(state.redirectTo);
  }, [state, router]);
  return (
    <form action={formAction} className="form">
      <input type="hidden" name="id" value={sourceId} />
      <FieldShell name="keepId" label={strings.keep} errors={describeAnswer(state).errors.keepId}>
        <select id="f-keepId" name="keepId" defaultValue="" aria-describedby="f-keepId-error">
          <option value="">{strings.choose}</option>
          {others.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </FieldShell>
      <ConfirmButton label={strings.merge} confirmLabel={strings.confirm(sourceName)} pending={pending} />
      <FormStatus state={state} />
    </form>
  );
}
