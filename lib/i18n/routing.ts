import { defineRouting } from "next-intl/routing";

// Polish at the root, English under /en; no detection, so every URL has one language (caches, search engines).
export const routing = defineRouting({
  locales: ["pl", "en"],
  defaultLocale: "pl",
  localePrefix: "as-needed",
  localeDetection: false,
  alternateLinks: true,
  localeCookie: false,
});

export type Locale = (typeof routing.locales)[number];

export function isLocale(value: string): value is Locale {
  return (routing.locales as readonly string[]).includes(value);
}
