import type { Metadata } from "next";
import { forbidden, notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { BarChart, type BarDatum } from "@/components/charts/BarChart";
import { PageHeading } from "@/components/ui/PageHeading";
import { formatNumber } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { directoryIsPublic } from "@/lib/organizations/access";
import { cachedOrganizationStatistics } from "@/lib/organizations/cache";
import { History } from "./History";

/*
 * "Trzeci sektor w liczbach": live GROUP BY counts, served from Next's cache (tag "organizations").
 * Why an optional catch-all ([[...view]]) for a single URL: the [locale] layout prerenders its
 * locales at build time, when the database is not open. An optional segment with no static params
 * keeps this page out of the build; it is rendered on its first visit and then cached (like the
 * profiles). Any extra path segment is a 404.
 */
export function generateStaticParams() {
  return [];
}
export const dynamicParams = true;

type Params = Promise<{ locale: Locale; view?: string[] }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "stats" });
  return { title: t("title"), description: t("lead") };
}

export default async function StatisticsPage({ params }: { params: Params }) {
  const { locale, view } = await params;
  if (view && view.length > 0) notFound();
  setRequestLocale(locale);
  if (!directoryIsPublic()) forbidden();
  const [stats, t, org] = await Promise.all([cachedOrganizationStatistics(), getTranslations("stats"), getTranslations("organization")]);
  const datum = (key: string, label: string, value: number): BarDatum => ({ key, label, value, display: formatNumber(value, locale) });
  const opp = stats.byPublicBenefit.find((r) => r.publicBenefitStatus)?.count ?? 0;
  const charts = [
    {
      id: "legal-form",
      data: stats.byLegalForm.map((r) => datum(r.legalForm, org(`legalForms.${r.legalForm}`), r.count)),
      labelHeader: t("legalForm"),
    },
    {
      id: "opp",
      data: stats.byPublicBenefit.map((r) =>
        datum(String(r.publicBenefitStatus), r.publicBenefitStatus ? t("oppYes") : t("oppNo"), r.count),
      ),
      labelHeader: t("oppStatus"),
    },
    {
      id: "area",
      data: stats.byArea.map((r) => datum(r.slug, locale === "en" ? r.nameEn : r.namePl, r.count)),
      labelHeader: t("areaColumn"),
    },
    {
      id: "district",
      data: stats.byDistrict.map((r) => datum(r.slug ?? "none", r.name ?? t("noDistrict"), r.count)),
      labelHeader: t("districtColumn"),
    },
  ] as const;
  return (
    <div>
      <PageHeading title={t("title")} lead={t("lead")} />
      <p className="mb-6">
        <Link href="/organizations" className="text-brand-600 underline">
          {t("back")}
        </Link>
      </p>
      <dl className="mb-10 grid gap-4 sm:grid-cols-3">
        {[
          { label: t("total"), value: stats.total },
          { label: t("oppTotal"), value: opp },
          { label: t("volunteersTotal"), value: stats.takesVolunteers },
        ].map((item) => (
          <div key={item.label} className="rounded border border-gray-300 p-4">
            <dt className="text-muted">{item.label}</dt>
            <dd className="text-3xl font-bold">{formatNumber(item.value, locale)}</dd>
          </div>
        ))}
      </dl>
      {charts.map((chart) => (
        <section key={chart.id} aria-labelledby={`stats-${chart.id}`} className="mb-10">
          <h2 id={`stats-${chart.id}`} className="mb-2 text-2xl font-bold">
            {t(`${chart.id}.heading`)}
          </h2>
          {chart.id === "area" && <p className="mb-4 max-w-3xl text-muted">{t("areaNote")}</p>}
          {chart.data.length === 0 ? (
            <p>{t("empty")}</p>
          ) : (
            <BarChart
              id={`chart-${chart.id}`}
              title={t(`${chart.id}.chartTitle`)}
              caption={t(`${chart.id}.caption`)}
              labelHeader={chart.labelHeader}
              valueHeader={t("count")}
              data={chart.data}
            />
          )}
        </section>
      ))}
      <History locale={locale} />
    </div>
  );
}
