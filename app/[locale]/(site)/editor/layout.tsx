// The editor's pages: their forms and action answers need the staff catalogues in the browser.
import type { ReactNode } from "react";
import { StaffMessages } from "@/components/i18n/staff-messages";

export default function EditorLayout({ children }: { children: ReactNode }) {
  return <StaffMessages>{children}</StaffMessages>;
}
