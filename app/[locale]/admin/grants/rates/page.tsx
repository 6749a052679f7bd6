import { getTranslations, setRequestLocale } from "next-intl/server";
import { percent, day } from "@/components/reports/format";
import { Notice } from "@/components/ui/Notice";
import { PageHeading } from "@/components/ui/PageHeading";
import { requirePermission } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { withPeriods } from "@/lib/dates/warsaw";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { taxArrearsRateList } from "@/lib/reports/rates";
import { RateForm } from "./RateForm";
import { SimpleTable } from "@/components/ui/SimpleTable";

/** The tax-arrears rate periods (a dated setting) the interest on late returns is counted with. */
export default async function TaxArrearsRatesPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<{ added?: string }>;
}) {
  const { locale } = await params;
  const { added } = await searchParams;
  setRequestLocale(locale);
  const principal = await requirePermission(locale, "settlement.rates", {}, "/admin/grants/rates");
  const t = await getTranslations("reports.rates");
  const rates = await taxArrearsRateList(await getDb(), principal);
  return (
    <div>
      <p className="mb-3">
        <Link href="/admin/grants" className="text-brand-700 underline">
          {t("back")}
        </Link>
      </p>
      <PageHeading title={t("title")} lead={t("lead")} />
      {added && <Notice tone="success">{t("added")}</Notice>}
      <SimpleTable
        caption={t("caption")}
        className="mb-8"
        rows={withPeriods(rates)}
        columns={[
          {
            header: t("period"),
            rowHeader: true,
            cell: (r) => `${day(r.effectiveFrom, locale)} — ${r.until ? day(r.until, locale) : t("onwards")}`,
          },
          { header: t("lombard"), numeric: true, cell: (r) => percent(r.lombardBp, locale) },
          { header: t("rate"), numeric: true, cell: (r) => percent(r.rateBp, locale), testId: (r) => `rate-${r.effectiveFrom}` },
          { header: t("source"), cell: (r) => r.source },
        ]}
      />
      <RateForm />
    </div>
  );
}
