import type { ReactNode } from "react";
import { StaffMessages } from "@/components/i18n/staff-messages";

/**
 * The import pages' client components (upload, mapping, progress) read the "imports" words. Once
 * the editor area's own layout wraps every editor page in <StaffMessages>, this one can go.
 */
export default function ImportLayout({ children }: { children: ReactNode }) {
  return <StaffMessages>{children}</StaffMessages>;
}
