import { env } from "@/lib/env";
import type { SessionSettings } from "@/lib/data/sessions";

export function sessionSettings(): SessionSettings {
  const { SESSION_IDLE_MINUTES, SESSION_MAX_HOURS } = env();
  return { idleMs: SESSION_IDLE_MINUTES * 60_000, absoluteMs: SESSION_MAX_HOURS * 3_600_000 };
}
