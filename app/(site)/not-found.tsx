import type { Metadata } from "next";
import { NotFoundContent } from "@/components/ui/status-pages";

export const metadata: Metadata = { title: "Page not found" };

export default function NotFound() {
  return <NotFoundContent />;
}
