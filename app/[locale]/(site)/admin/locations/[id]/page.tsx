import { StatusNotice } from "@/components/forms/status-notice";
import { LocationForm } from "@/components/forms/location-form";
import { WorkflowButton } from "@/components/forms/workflow-button";
import { requireRecordPage, type RecordPageProps } from "@/lib/auth/record-page";
import { getLocationForAdmin, listLocationsForAdmin } from "@/lib/data/locations";
import { deleteLocationAction, saveLocationAction } from "../actions";
import { Link } from "@/lib/i18n/navigation";
import { pageWords, titleMetadata } from "@/lib/i18n/page-words";

export const dynamic = "force-dynamic";

export const generateMetadata = titleMetadata("admin.location.title");

export default async function AdminLocationPage(props: RecordPageProps) {
  const { record: location, search } = await requireRecordPage(props, "admin", "/admin/locations", getLocationForAdmin);
  const { saved } = search;
  const { t, locale } = await pageWords("admin.location");
  const parents = (await listLocationsForAdmin())
    .filter((l) => l.adminLevel < 4 && l.id !== location.id)
    .sort((a, b) => a.pcode.localeCompare(b.pcode))
    .map((l) => ({ id: l.id, label: `${"  ".repeat(l.adminLevel)}${l.pcode} — ${locale === "uk" ? l.nameUk : l.nameEn}` }));
  const { figures, timelineEvents, children } = location._count;
  const initial = {
    id: String(location.id),
    version: String(location.version),
    pcode: location.pcode,
    nameEn: location.nameEn,
    nameUk: location.nameUk,
    adminLevel: String(location.adminLevel),
    parentId: location.parentId ? String(location.parentId) : "",
    latitude: location.latitude?.toString() ?? "",
    longitude: location.longitude?.toString() ?? "",
  };
  return (
    <>
      <p>
        <Link href="/admin/locations">{t("back")}</Link>
      </p>
      <h1>
        {location.nameEn} <code>{location.pcode}</code>
      </h1>
      {saved ? <StatusNotice>{t("saved")}</StatusNotice> : null}
      {location.pcodeNote ? <p className="muted">{location.pcodeNote}</p> : null}
      <p>{t("usage", { figures, events: timelineEvents, children })}</p>
      <div className="workflow">
        {figures + timelineEvents + children === 0 ? (
          <WorkflowButton
            action={deleteLocationAction}
            fields={{ id: location.id, version: location.version }}
            label={t("remove")}
            confirmLabel={t("confirmRemove")}
          />
        ) : (
          <p className="muted small">{t("cannotDelete")}</p>
        )}
      </div>
      <LocationForm action={saveLocationAction} initial={initial} parents={parents} editing />
    </>
  );
}
