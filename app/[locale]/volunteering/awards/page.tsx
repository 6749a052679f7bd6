import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageHeading } from "@/components/ui/PageHeading";
import { cachedEditions } from "@/lib/awards/cache";
import { warsawToday } from "@/lib/dates/warsaw";
import { formatDay } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";

export async function generateMetadata({ params }: { params: Promise<{ locale: Locale }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "awards" });
  return { title: t("title") };
}

/** The city's volunteer awards: every edition, open nomination calls first in sight, and the laureates. */
export default async function AwardsPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  await connection(); // read at request time (the database is not open during the build), from the cache
  const t = await getTranslations("awards");
  const { items } = await cachedEditions(1, warsawToday());
  return (
    <div className="max-w-4xl">
      <PageHeading title={t("title")} lead={t("lead")} />
      <h2 className="mb-3 text-2xl font-bold">{t("editions")}</h2>
      {items.length === 0 ? (
        <p>{t("noEditions")}</p>
      ) : (
        <ul className="space-y-4">
          {items.map((e) => (
            <li key={e.id} className="rounded border border-gray-300 p-4">
              <h3 className="mb-1 text-xl font-semibold">
                <Link href={`/volunteering/awards/${e.id}`} className="text-brand-600 underline">
                  {t("edition", { award: e.award, year: e.year })}
                </Link>
              </h3>
              <p>
                {t("status")}: {t(`statuses.${e.status}`)}
              </p>
              <p>{t("openCall", { from: formatDay(e.nominationStart, locale), to: formatDay(e.nominationEnd, locale) })}</p>
              {e.open && (
                <p className="mt-2 font-semibold">
                  {t("openNow")} ·{" "}
                  <Link href={`/volunteering/awards/${e.id}/nominate`} className="text-brand-600 underline">
                    {t("nominate")}
                    <span className="sr-only"> — {t("edition", { award: e.award, year: e.year })}</span>
                  </Link>
                </p>
              )}
              {e.laureates.length > 0 && (
                <p className="mt-2">
                  {t("results")}: {e.laureates.map((l) => l.name).join(", ")}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
