import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageHeading } from "@/components/ui/PageHeading";
import { requirePermission } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { formatDay, formatMoney } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { addDays } from "@/lib/small-grants/calendar";
import { limitSettings } from "@/lib/small-grants/queries";
import { poolCap } from "@/lib/small-grants/limits";
import { limitSetOn } from "@/lib/small-grants/limits";
import { LimitSetForm, PoolForm } from "./SettingsForms";
import { TableScroll } from "@/components/ui/TableScroll";

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
      <TableScroll label={t("setsCaption")} className="mb-8">
        <table className="w-full text-left text-sm">
          <caption className="mb-2 text-left text-xl font-bold">{t("setsCaption")}</caption>
          <thead>
            <tr className="border-b-2 border-gray-700">
              <th scope="col" className="py-2 pr-3">
                {t("from")}
              </th>
              <th scope="col" className="py-2 pr-3 text-right">
                {t("maxGrant")}
              </th>
              <th scope="col" className="py-2 pr-3 text-right">
                {t("maxTaskDays")}
              </th>
              <th scope="col" className="py-2 pr-3 text-right">
                {t("maxYearly")}
              </th>
              <th scope="col" className="py-2 pr-3 text-right">
                {t("maxShare")}
              </th>
              <th scope="col" className="py-2 pr-3">
                {t("legalBasis")}
              </th>
            </tr>
          </thead>
          <tbody>
            {sets.map((s, i) => {
              const next = sets[i + 1];
              return (
                <tr key={s.id} className="border-b border-gray-200">
                  <th scope="row" className="py-2 pr-3 font-normal">
                    {day(s.effectiveFrom)} — {next ? t("to", { date: day(addDays(next.effectiveFrom, -1)) }) : t("onwards")}
                  </th>
                  <td className="py-2 pr-3 text-right">{formatMoney(s.maxGrantGrosze, locale)}</td>
                  <td className="py-2 pr-3 text-right">{s.maxTaskDays ?? t("noLimit")}</td>
                  <td className="py-2 pr-3 text-right">{formatMoney(s.maxYearlyPerOrganizationGrosze, locale)}</td>
                  <td className="py-2 pr-3 text-right">{percent(s.maxPoolShareBp)}</td>
                  <td className="py-2 pr-3">{s.legalBasis}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
      <LimitSetForm />
      <TableScroll label={t("poolsCaption")} className="mb-8 mt-10">
        <table className="w-full text-left text-sm">
          <caption className="mb-2 text-left text-xl font-bold">{t("poolsCaption")}</caption>
          <thead>
            <tr className="border-b-2 border-gray-700">
              <th scope="col" className="py-2 pr-3">
                {t("year")}
              </th>
              <th scope="col" className="py-2 pr-3 text-right">
                {t("pool")}
              </th>
              <th scope="col" className="py-2 pr-3 text-right">
                {t("cap")}
              </th>
              <th scope="col" className="py-2 pr-3">
                {t("source")}
              </th>
            </tr>
          </thead>
          <tbody>
            {pools.map((p) => {
              // the share of the set in force at the start of the year (a later set may raise it)
              const set = limitSetOn(sets, `${p.year}-12-31`);
              return (
                <tr key={p.year} className="border-b border-gray-200">
                  <th scope="row" className="py-2 pr-3 font-normal">
                    {p.year}
                  </th>
                  <td className="py-2 pr-3 text-right">{formatMoney(p.plannedPoolGrosze, locale)}</td>
                  <td className="py-2 pr-3 text-right">
                    {set
                      ? `${formatMoney(poolCap(p.plannedPoolGrosze, set.maxPoolShareBp), locale)} (${percent(set.maxPoolShareBp)}%)`
                      : "—"}
                  </td>
                  <td className="py-2 pr-3">{p.source}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
      <PoolForm />
    </div>
  );
}
