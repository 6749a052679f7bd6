import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageHeading } from "@/components/ui/PageHeading";
import { requirePermission } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { warsawToday } from "@/lib/dates/warsaw";
import { formatDay } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { myPatronages } from "@/lib/patronages/queries";
import { reportStanding } from "@/lib/patronages/rules";

/** The applicant's patronage applications, each with its state and what it waits for. */
export default async function MyPatronagesPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const principal = await requirePermission(locale, "patronage.apply", {}, "/account/patronages");
  const rows = await myPatronages(await getDb(), principal);
  const t = await getTranslations("patronages");
  const today = warsawToday();
  return (
    <div className="max-w-3xl">
      <PageHeading title={t("mine.title")} />
      <p className="mb-6">
        <Link href="/patronages/apply" className="text-brand-600 underline">
          {t("mine.apply")}
        </Link>
      </p>
      {rows.length === 0 ? (
        <p>{t("mine.empty")}</p>
      ) : (
        <ul className="space-y-3">
          {rows.map((a) => {
            const standing = reportStanding(a, today);
            return (
              <li key={a.id} className="rounded border border-gray-300 p-4">
                <h2 className="text-lg font-semibold break-words">
                  <Link href={`/account/patronages/${a.id}`} className="text-brand-600 underline">
                    {a.eventName}
                  </Link>
                </h2>
                <p>
                  {t(`requestTypes.${a.requestType}`)} · {formatDay(a.startsOn, locale)} · {t(`statuses.${a.status}`)}
                  {(standing === "due" || standing === "overdue") && (
                    <> · {t(`standing.${standing}`, { date: formatDay(a.reportDueOn, locale) })}</>
                  )}
                </p>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
