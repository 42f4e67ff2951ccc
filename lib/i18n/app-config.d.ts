// Typed keys: t("public.overview.title") is checked against messages/en/*.json by tsc.
import type { Messages } from "./catalog";
import type { Locale } from "./routing";

declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: Messages;
  }
}
