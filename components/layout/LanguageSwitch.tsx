"use client";

import { useLocale, useTranslations } from "next-intl";
import { useSearchParams } from "next/navigation";
import { Link, usePathname } from "@/lib/i18n/navigation";

/** Links to the same page in the other language; each language has its own URL. */
export function LanguageSwitch() {
  const locale = useLocale();
  const t = useTranslations("shell");
  const pathname = usePathname();
  const search = useSearchParams();
  const other = locale === "pl" ? "en" : "pl";
  const query = Object.fromEntries(search.entries());
  return (
    <Link
      href={{ pathname, query }}
      locale={other}
      hrefLang={other}
      lang={other}
      className="rounded px-2 py-1 text-sm font-semibold underline hover:bg-brand-700"
    >
      {other === "en" ? t("switchToEnglish") : t("switchToPolish")}
    </Link>
  );
}
