import "server-only";
// The start of a staff list page (/admin/indicators, /admin/users): the guard for the page's role
// first (a signed-out reader goes to sign-in and back to `path`), then the page's rows and its
// words (pageWords: messages, locale, formats) read together.
import type { SessionUser } from "@/lib/data/sessions";
import type { Role } from "@/lib/domain/enums";
import { pageWords } from "@/lib/i18n/page-words";
import { requirePageRole } from "./guard";

export async function requireListPage<R, N extends Parameters<typeof pageWords>[0]>(
  role: Role,
  path: string,
  /** The page's messages (its next-intl namespace, "admin.users"). */
  namespace: N,
  load: (user: SessionUser) => Promise<R>,
) {
  const user = await requirePageRole(role, path);
  const [rows, words] = await Promise.all([load(user), pageWords(namespace)]);
  return { user, rows, ...words };
}
