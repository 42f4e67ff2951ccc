// Roles and what each may do, as data. Unknown or missing role = no access.
import { isOneOf, ROLES, type Role } from "./enums";

/** Each role includes everything of the roles before it. */
const RANK: Record<Role, number> = { editor: 1, reviewer: 2, admin: 3 };

/** True when `role` is a known role at least as strong as `required`. */
export function roleAtLeast(role: string | null | undefined, required: Role): boolean {
  if (!role || !isOneOf(ROLES, role)) return false;
  return RANK[role] >= RANK[required];
}
