import { getTranslations, setRequestLocale } from "next-intl/server";
import { day } from "@/components/reports/format";
import { Notice } from "@/components/ui/Notice";
import { PageHeading } from "@/components/ui/PageHeading";
import { requirePermission } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import type { Locale } from "@/lib/i18n/routing";
import { notApplicablePolicyList } from "@/lib/scoring/policy-settings";
import { PolicyForm } from "./PolicyForm";
import { SimpleTable } from "@/components/ui/SimpleTable";

/** The dated policy for totals of offers whose art. 15 ust. 1 pkt 4 criterion does not apply. */
export default async function NotApplicablePolicyPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<{ added?: string }>;
}) {
  const { locale } = await params;
  const { added } = await searchParams;
  setRequestLocale(locale);
  const principal = await requirePermission(locale, "scoring.policy", {}, "/admin/competitions/not-applicable");
  const t = await getTranslations("scoringPolicy");
  const periods = await notApplicablePolicyList(await getDb(), principal);
  return (
    <div>
      <PageHeading title={t("title")} lead={t("lead")} />
      {added && <Notice tone="success">{t("added")}</Notice>}
      {periods.length === 0 ? (
        <p className="mb-8">{t("empty")}</p>
      ) : (
        <SimpleTable
          caption={t("periods")}
          className="mb-8"
          rows={periods}
          columns={[
            { header: t("effectiveFrom"), rowHeader: true, cell: (p) => day(p.effectiveFrom, locale) },
            { header: t("policy"), cell: (p) => t(`policies.${p.policy}`), testId: (p) => `policy-${p.effectiveFrom}` },
            { header: t("source"), cell: (p) => p.source },
          ]}
        />
      )}
      <PolicyForm />
    </div>
  );
}
