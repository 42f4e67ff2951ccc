import type { ReactNode } from "react";
import { StaffMessages } from "@/components/i18n/staff-messages";

// The forms of these pages are client components: they need the staff areas' words.
export default function AdminLayout({ children }: { children: ReactNode }) {
  return <StaffMessages>{children}</StaffMessages>;
}
