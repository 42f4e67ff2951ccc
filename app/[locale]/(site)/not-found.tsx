import { titleMetadata } from "@/lib/i18n/page-words";
import { NotFoundContent } from "@/components/ui/status-pages";

export const generateMetadata = titleMetadata("common.notFound.title");

export default function NotFound() {
  return <NotFoundContent />;
}
