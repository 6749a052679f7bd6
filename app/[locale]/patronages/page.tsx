import { connection } from "next/server";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageHeading } from "@/components/ui/PageHeading";
import { formatDay } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { cachedGrantedPatronages } from "@/lib/patronages/cache";
import { patronageSettings } from "@/lib/patronages/rules";

/** The public list of events under the Mayor's patronage (cached; no personal data). */
export default async function PatronagesPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<{ page?: string }>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  await connection();
  const wanted = Number((await searchParams).page ?? "1");
  const page = Number.isInteger(wanted) && wanted >= 1 && wanted <= 10_000 ? wanted : 1;
  const t = await getTranslations("patronages");
  const list = await cachedGrantedPatronages(page);
  const pages = Math.max(1, Math.ceil(list.total / list.pageSize));
  return (
    <div>
      <PageHeading title={t("public.title")} lead={t("public.intro")} />
      <p className="mb-2">{t("public.rule", { days: patronageSettings.minimumNoticeDays, reportDays: patronageSettings.reportDays })}</p>
      <p className="mb-6 flex flex-wrap gap-x-6 gap-y-2">
        <Link href="/patronages/apply" className="text-brand-600 font-semibold underline">
          {t("public.applyLink")}
        </Link>
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a JSON document, not a page */}
        <a href="/api/v1/patronages" className="text-brand-600 underline">
          {t("public.openData")}
        </a>
      </p>
      {list.items.length === 0 ? (
        <p>{t("public.empty")}</p>
      ) : (
        <ul className="space-y-4">
          {list.items.map((p) => (
            <li key={p.id} className="rounded border border-gray-300 p-4">
              <h2 className="mb-1 text-lg font-semibold break-words">{p.eventName}</h2>
              <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr]">
                <dt className="font-semibold">{t("public.type")}</dt>
                <dd>{t(`requestTypes.${p.requestType}`)}</dd>
                <dt className="font-semibold">{t("public.dates")}</dt>
                <dd>
                  {p.startsOn === p.endsOn
                    ? formatDay(p.startsOn, locale)
                    : `${formatDay(p.startsOn, locale)} – ${formatDay(p.endsOn, locale)}`}
                </dd>
                <dt className="font-semibold">{t("public.place")}</dt>
                <dd className="break-words">{p.place}</dd>
                <dt className="font-semibold">{t("public.organizer")}</dt>
                <dd className="break-words">{p.organizer}</dd>
              </dl>
            </li>
          ))}
        </ul>
      )}
      {pages > 1 && (
        <nav aria-label={t("public.pages")} className="mt-6 flex flex-wrap items-center gap-4">
          {page > 1 && (
            <Link href={`/patronages?page=${page - 1}`} className="text-brand-600 underline">
              {t("public.previous")}
            </Link>
          )}
          <span>{t("public.pageOf", { page, pages })}</span>
          {page < pages && (
            <Link href={`/patronages?page=${page + 1}`} className="text-brand-600 underline">
              {t("public.next")}
            </Link>
          )}
        </nav>
      )}
    </div>
  );
}
