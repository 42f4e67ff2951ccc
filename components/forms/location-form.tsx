"use client";
import { useTranslations } from "next-intl";
import type { ActionState } from "@/lib/domain/action-state";
import { locationInputSchema } from "@/lib/domain/location-schema";
import { ErrorSlot, FieldShell } from "./field";
import { FormShell } from "./form-shell";

const LEVELS = ["0", "1", "2", "3", "4"] as const;

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
  const t = useTranslations("admin.locationForm");
  return (
    <FormShell
      action={action}
      initial={initial}
      schema={() => locationInputSchema()}
      label={t("label")}
      submit={t("save")}
      submitting={t("saving")}
    >
      {({ values, checks }) => {
        const { errors, field } = checks;
        return (
          <>
            <FieldShell name="parentId" label={t("parent")} errors={errors("parentId")}>
              <select {...field("parentId")} defaultValue={values.parentId ?? ""}>
                <option value="">{t("none")}</option>
                {parents.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.label}
                  </option>
                ))}
              </select>
            </FieldShell>
            <FieldShell name="pcode" label={t("pcode")} hint={t("pcodeHint")} errors={errors("pcode")}>
              <input {...field("pcode", true)} defaultValue={values.pcode ?? ""} autoCapitalize="characters" />
            </FieldShell>
            <FieldShell name="adminLevel" label={t("level")} errors={errors("adminLevel")}>
              <select {...field("adminLevel")} defaultValue={values.adminLevel ?? ""}>
                {LEVELS.map((level) => (
                  <option key={level} value={level}>
                    {t(`levels.${level}`)}
                  </option>
                ))}
              </select>
            </FieldShell>
            <FieldShell name="nameEn" label={t("nameEn")} errors={errors("nameEn")}>
              <input {...field("nameEn")} defaultValue={values.nameEn ?? ""} />
            </FieldShell>
            <FieldShell name="nameUk" label={t("nameUk")} errors={errors("nameUk")}>
              <input {...field("nameUk")} lang="uk" defaultValue={values.nameUk ?? ""} />
            </FieldShell>
            <div className="field-row">
              <FieldShell name="latitude" label={t("latitude")} errors={errors("latitude")}>
                <input {...field("latitude")} inputMode="decimal" defaultValue={values.latitude ?? ""} />
              </FieldShell>
              <FieldShell name="longitude" label={t("longitude")} errors={errors("longitude")}>
                <input {...field("longitude")} inputMode="decimal" defaultValue={values.longitude ?? ""} />
              </FieldShell>
            </div>
            {editing ? (
              <div className={`field field--check${errors("confirmMove")?.length ? " field--error" : ""}`}>
                <input type="checkbox" id="f-confirmMove" name="confirmMove" aria-describedby="f-confirmMove-error" />
                <label htmlFor="f-confirmMove">{t("confirmMove")}</label>
                <ErrorSlot id="f-confirmMove" errors={errors("confirmMove")} />
              </div>
            ) : null}
          </>
        );
      }}
    </FormShell>
  );
}
