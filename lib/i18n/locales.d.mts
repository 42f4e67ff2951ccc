export declare const LOCALES: readonly ["en", "uk"];
export declare const DEFAULT_LOCALE: "en";
export declare const LOCALE_COOKIE: "NEXT_LOCALE";
