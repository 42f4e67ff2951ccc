"use client";
// Fields every claim form has (figures, timeline events): who made the claim, and how
// credible the information is and how far it has been verified.
import { VERIFICATION_STATUSES, type Reliability } from "@/lib/domain/enums";
import { CREDIBILITIES } from "@/lib/domain/grades";
import { messages } from "@/lib/domain/messages";
import { FieldShell } from "./field";
import type { FormChecks } from "./use-form-checks";

const strings = {
  credibility: "Credibility of this information",
  verification: "Verification",
  choose: "— choose —",
  sourceOption: (name: string, grade: Reliability) => `${name} — grade ${grade}: ${messages.reliability[grade]}`,
};

type Checks = Pick<FormChecks, "field" | "errors">;

export function SourceSelect({
  checks,
  label,
  sources,
  defaultValue,
}: {
  checks: Checks;
  label: string;
  sources: Array<{ id: number; name: string; reliability: Reliability }>;
  defaultValue: string | undefined;
}) {
  return (
    <FieldShell name="sourceId" label={label} errors={checks.errors("sourceId")}>
      <select {...checks.field("sourceId")} defaultValue={defaultValue ?? ""}>
        <option value="">{strings.choose}</option>
        {sources.map((s) => (
          <option key={s.id} value={s.id}>
            {strings.sourceOption(s.name, s.reliability)}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

export function GradingFields({ checks, values }: { checks: Checks; values: Record<string, string | undefined> }) {
  return (
    <div className="field-row">
      <FieldShell name="credibility" label={strings.credibility} errors={checks.errors("credibility")}>
        <select {...checks.field("credibility")} defaultValue={values.credibility ?? ""}>
          <option value="">{strings.choose}</option>
          {CREDIBILITIES.map((c) => (
            <option key={c} value={c}>
              {c} — {messages.credibility[c]}
            </option>
          ))}
        </select>
      </FieldShell>
      <FieldShell name="verification" label={strings.verification} errors={checks.errors("verification")}>
        <select {...checks.field("verification")} defaultValue={values.verification || "reported"}>
          {VERIFICATION_STATUSES.map((v) => (
            <option key={v} value={v}>
              {messages.verification[v]}
            </option>
          ))}
        </select>
      </FieldShell>
    </div>
  );
}
