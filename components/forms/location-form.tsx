"use client";
import type { ActionState } from "@/lib/domain/action-state";
import { locationInputSchema } from "@/lib/domain/location-schema";
import { ErrorSlot, FieldShell } from "./field";
import { FormShell } from "./form-shell";

const LEVELS = ["0 — country", "1 — oblast", "2 — raion", "3 — hromada", "4 — settlement"];

const strings = {
  pcode: "P-code",
  pcodeHint: "A child's P-code starts with its parent's, e.g. UA1402 under UA14.",
  nameEn: "Name in English",
  nameUk: "Name in Ukrainian",
  level: "Admin level",
  parent: "Parent",
  none: "— none (a country) —",
  latitude: "Latitude (optional)",
  longitude: "Longitude (optional)",
  confirmMove: "I understand that moving this place changes where its figures count",
  save: "Save place",
  saving: "Saving…",
};

export interface ParentOption {
  id: number;
  label: string;
}

export function LocationForm({
  action,
  initial,
  parents,
  editing,
}: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  initial: Record<string, string>;
  parents: ParentOption[];
  editing: boolean;
}) {
  return (
    <FormShell
      action={action}
      initial={initial}
      schema={() => locationInputSchema()}
      label="Place"
      submit={strings.save}
      submitting={strings.saving}
    >
      {({ values, checks }) => {
        const { errors, field } = checks;
        return (
          <>
            <FieldShell name="parentId" label={strings.parent} errors={errors("parentId")}>
              <select {...field("parentId")} defaultValue={values.parentId ?? ""}>
                <option value="">{strings.none}</option>
                {parents.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.label}
                  </option>
                ))}
              </select>
            </FieldShell>
            <FieldShell name="pcode" label={strings.pcode} hint={strings.pcodeHint} errors={errors("pcode")}>
              <input {...field("pcode", true)} defaultValue={values.pcode ?? ""} autoCapitalize="characters" />
            </FieldShell>
            <FieldShell name="adminLevel" label={strings.level} errors={errors("adminLevel")}>
              <select {...field("adminLevel")} defaultValue={values.adminLevel ?? ""}>
                {LEVELS.map((label, level) => (
                  <option key={level} value={level}>
                    {label}
                  </option>
                ))}
              </select>
            </FieldShell>
            <FieldShell name="nameEn" label={strings.nameEn} errors={errors("nameEn")}>
              <input {...field("nameEn")} defaultValue={values.nameEn ?? ""} />
            </FieldShell>
            <FieldShell name="nameUk" label={strings.nameUk} errors={errors("nameUk")}>
              <input {...field("nameUk")} lang="uk" defaultValue={values.nameUk ?? ""} />
            </FieldShell>
            <div className="field-row">
              <FieldShell name="latitude" label={strings.latitude} errors={errors("latitude")}>
                <input {...field("latitude")} inputMode="decimal" defaultValue={values.latitude ?? ""} />
              </FieldShell>
              <FieldShell name="longitude" label={strings.longitude} errors={errors("longitude")}>
                <input {...field("longitude")} inputMode="decimal" defaultValue={values.longitude ?? ""} />
              </FieldShell>
            </div>
            {editing ? (
              <div className={`field field--check${errors("confirmMove")?.length ? " field--error" : ""}`}>
                <input type="checkbox" id="f-confirmMove" name="confirmMove" aria-describedby="f-confirmMove-error" />
                <label htmlFor="f-confirmMove">{strings.confirmMove}</label>
                <ErrorSlot id="f-confirmMove" errors={errors("confirmMove")} />
              </div>
            ) : null}
          </>
        );
      }}
    </FormShell>
  );
}
