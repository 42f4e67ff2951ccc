import type { ReactNode } from "react";
import { StaffMessages } from "@/components/i18n/staff-messages";

/** The admin pages' forms read their words on the client (e.g. admin.bilingual), so they get the staff catalogues. */
export default function AdminLayout({ children }: { children: ReactNode }) {
  return <StaffMessages>{children}</StaffMessages>;
}
