import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { RankingTable } from "@/components/scoring/RankingTable";
import { Notice } from "@/components/ui/Notice";
import { PageHeading } from "@/components/ui/PageHeading";
import { requirePermission } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { memberRanking } from "@/lib/scoring/queries";

type Params = Promise<{ locale: Locale; competitionId: string }>;

export default async function CommissionRankingPage({ params }: { params: Params }) {
  const { locale, competitionId } = await params;
  setRequestLocale(locale);
  if (!/^[0-9a-f-]{36}$/i.test(competitionId)) notFound();
  const principal = await requirePermission(locale, "commission.declare", { competitionId }, `/commission/${competitionId}/ranking`);
  const data = await memberRanking(await getDb(), principal, competitionId);
  if (!data) notFound();
  const [t, d] = await Promise.all([getTranslations("scoringRanking"), getTranslations("scoringDesk")]);
  const { competition } = data.desk;
  return (
    <div>
      <PageHeading title={t("title", { number: competition.number })} />
      <p className="mb-4">
        <Link href={`/commission/${competitionId}`} className="text-brand-600 underline">
          {d("backToDesk")}
        </Link>
      </p>
      {data.ranking ? (
        <>
          <p className="mb-4 max-w-3xl">{t("lead", { min: competition.minTotalScore, share: Math.round(data.ranking.outlierShare * 100) })}</p>
          <RankingTable ranking={data.ranking} locale={locale} />
        </>
      ) : (
        <Notice>{t("hidden")}</Notice>
      )}
    </div>
  );
}
