import type { ReactNode } from "react";
import { StaffMessages } from "@/components/i18n/staff-messages";

/** The review queue's client components (workflow buttons, action answers) get the staff areas' words. */
export default function ReviewLayout({ children }: { children: ReactNode }) {
  return <StaffMessages>{children}</StaffMessages>;
}
