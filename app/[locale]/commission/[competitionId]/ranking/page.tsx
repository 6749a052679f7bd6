import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { RankingTable } from "@/components/scoring/RankingTable";
import { CommissionStepNotice } from "@/components/scoring/CommissionStepNotice";
import { PageHeading } from "@/components/ui/PageHeading";
import { Pagination } from "@/components/ui/Pagination";
import { pageOf } from "@/components/ui/paging";
import { requirePermission } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { memberRanking } from "@/lib/scoring/queries";
import { pageId } from "@/lib/http/page";

type Params = Promise<{ locale: Locale; competitionId: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** A competition may have hundreds of offers: the ranking is shown a hundred positions at a time. */
const PAGE_SIZE = 100;

export default async function CommissionRankingPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { locale } = await params;
  const competitionId = pageId((await params).competitionId);
  const requested = (await searchParams).page;
  setRequestLocale(locale);
  const principal = await requirePermission(locale, "commission.declare", { competitionId }, `/commission/${competitionId}/ranking`);
  const data = await memberRanking(await getDb(), principal, competitionId);
  if (!data) notFound();
  const [t, d] = await Promise.all([getTranslations("scoringRanking"), getTranslations("scoringDesk")]);
  const { competition } = data;
  const shown = pageOf(data.ranking?.rows ?? [], requested, PAGE_SIZE);
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
          <p className="mb-4 max-w-3xl">
            {t("lead", { min: competition.minTotalScore, share: Math.round(data.ranking.outlierShare * 100) })}
          </p>
          <RankingTable ranking={{ ...data.ranking, rows: shown.rows }} locale={locale} />
          <Pagination pathname={`/commission/${competitionId}/ranking`} query={{}} page={shown.page} pageCount={shown.pageCount} />
        </>
      ) : (
        <CommissionStepNotice step={data.step ?? "submit"} competitionId={competitionId} />
      )}
    </div>
  );
}
