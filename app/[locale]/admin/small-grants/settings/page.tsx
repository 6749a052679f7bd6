import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageHeading } from "@/components/ui/PageHeading";
import { requirePermission } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { formatDay, formatMoney } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { withPeriods } from "@/lib/dates/warsaw";
import { limitSettings } from "@/lib/small-grants/queries";
import { limitSetOn, poolCap } from "@/lib/small-grants/limits";
import { LimitSetForm, PoolForm } from "./SettingsForms";
import { SimpleTable } from "@/components/ui/SimpleTable";
import { PoolPriorityTasks } from "@/app/[locale]/programmes/_components/PriorityTaskLink";

export default async function SmallGrantSettingsPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const principal = await requirePermission(locale, "smallGrant.settings", {}, "/admin/small-grants/settings");
  const t = await getTranslations("smallGrants.settings");
  const { sets, pools } = await limitSettings(await getDb(), principal);
  const day = (date: string) => formatDay(date, locale);
  const percent = (bp: number) => new Intl.NumberFormat(locale === "pl" ? "pl-PL" : "en-GB", { maximumFractionDigits: 2 }).format(bp / 100);
  return (
    <div>
      <p className="mb-3">
        <Link href="/admin/small-grants" className="text-brand-600 underline">
          {t("back")}
        </Link>
      </p>
      <PageHeading title={t("title")} lead={t("lead")} />
      <SimpleTable
        caption={t("setsCaption")}
        captionClassName="mb-2 text-left text-xl font-bold"
        className="mb-8"
        rows={withPeriods(sets)}
        columns={[
          {
            header: t("from"),
            rowHeader: true,
            cell: (s) => `${day(s.effectiveFrom)} — ${s.until ? t("to", { date: day(s.until) }) : t("onwards")}`,
          },
          { header: t("maxGrant"), numeric: true, cell: (s) => formatMoney(s.maxGrantGrosze, locale) },
          { header: t("maxTaskDays"), numeric: true, cell: (s) => s.maxTaskDays ?? t("noLimit") },
          { header: t("maxYearly"), numeric: true, cell: (s) => formatMoney(s.maxYearlyPerOrganizationGrosze, locale) },
          { header: t("maxShare"), numeric: true, cell: (s) => percent(s.maxPoolShareBp) },
          { header: t("legalBasis"), cell: (s) => s.legalBasis },
        ]}
      />
      <LimitSetForm />
      <SimpleTable
        caption={t("poolsCaption")}
        captionClassName="mb-2 text-left text-xl font-bold"
        className="mb-8 mt-10"
        rows={pools.map((pool) => ({ ...pool, set: limitSetOn(sets, `${pool.year}-12-31`) }))}
        columns={[
          { header: t("year"), rowHeader: true, cell: (p) => p.year },
          { header: t("pool"), numeric: true, cell: (p) => formatMoney(p.plannedPoolGrosze, locale) },
          {
            header: t("cap"),
            numeric: true,
            // the share of the set in force at the end of the year (a later set may raise it)
            cell: (p) =>
              p.set
                ? `${formatMoney(poolCap(p.plannedPoolGrosze, p.set.maxPoolShareBp), locale)} (${percent(p.set.maxPoolShareBp)}%)`
                : "—",
          },
          { header: t("source"), cell: (p) => p.source },
        ]}
      />
      <PoolForm />
      <PoolPriorityTasks />
    </div>
  );
}
