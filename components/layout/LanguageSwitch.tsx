"use client";

import { usePathname } from "next/navigation";
import type { MouseEvent } from "react";
import { switchLocale } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/routing";

/**
 * A link to the same page in the other language; each language has its own URL. The path comes
 * from the router, the query from the address bar when followed (reading it while rendering would
 * keep the link out of a static page's HTML until hydration).
 */
export function LanguageSwitch({ to, label }: { to: Locale; label: string }) {
  const pathname = usePathname();
  function withQuery(event: MouseEvent<HTMLAnchorElement>) {
    event.currentTarget.href = switchLocale(pathname, window.location.search, to);
  }
  return (
    <a
      href={switchLocale(pathname, "", to)}
      onClick={withQuery}
      hrefLang={to}
      lang={to}
      className="rounded px-2 py-1 text-sm font-semibold underline hover:bg-brand-700"
    >
      {label}
    </a>
  );
}
