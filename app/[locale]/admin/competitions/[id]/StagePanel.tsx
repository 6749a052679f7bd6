import { getTranslations } from "next-intl/server";
import { competitionStage, nextStep, nextStepHref, type CompetitionCounts, type CompetitionDates } from "@/lib/competitions/stage";
import { formatDateTime, formatNumber } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";

interface Props {
  competition: CompetitionDates & { id: string; resultsPublishedAt: Date | null };
  counts: CompetitionCounts;
  locale: Locale;
  now: Date;
}

const countKeys = ["submitted", "inFormalReview", "formallyAccepted", "scored", "granted"] as const;

/** The status tab's summary: the stage, the offers counted by step, and the next step with its link. */
export async function StagePanel({ competition: c, counts, locale, now }: Props) {
  const t = await getTranslations("competitionStage");
  const stage = competitionStage(c, now);
  const step = nextStep(c, counts, now);
  const deadline = c.offerDeadline ? formatDateTime(c.offerDeadline, locale) : t("noDeadline");
  const values = { deadline, count: counts.inFormalReview, scored: counts.scored, accepted: counts.formallyAccepted };
  return (
    <section aria-labelledby="stage-title" className="mb-8 max-w-3xl border-l-4 border-brand-600 bg-brand-50 p-4">
      <h2 id="stage-title" className="mb-3 text-xl font-bold">
        {t("title")}
      </h2>
      <dl className="mb-4 grid grid-cols-[max-content_1fr] gap-x-6 gap-y-1">
        <dt className="font-semibold">{t("stage")}</dt>
        <dd data-testid="competition-stage">{t(`stages.${stage}`)}</dd>
        <dt className="font-semibold">{t("deadline")}</dt>
        <dd>{deadline}</dd>
        {c.scoringClosedAt && (
          <>
            <dt className="font-semibold">{t("scoringClosed")}</dt>
            <dd>{formatDateTime(c.scoringClosedAt, locale)}</dd>
          </>
        )}
        {c.resultsPublishedAt && (
          <>
            <dt className="font-semibold">{t("resultsPublished")}</dt>
            <dd>{formatDateTime(c.resultsPublishedAt, locale)}</dd>
          </>
        )}
      </dl>
      {stage !== "draft" && (
        <>
          <h3 className="mb-2 text-lg font-bold">{t("counts")}</h3>
          <dl className="mb-4 grid grid-cols-[max-content_1fr] gap-x-6 gap-y-1">
            {countKeys.map((key) => (
              <div key={key} className="contents">
                <dt>{t(`count.${key}`)}</dt>
                <dd className="font-semibold tabular-nums">{formatNumber(counts[key], locale)}</dd>
              </div>
            ))}
          </dl>
        </>
      )}
      <h3 className="mb-2 text-lg font-bold">{t("nextTitle")}</h3>
      <p className="mb-2">{t(`next.${step.message}.text`, values)}</p>
      <p>
        <Link href={nextStepHref(c.id, step.target)} className="font-semibold text-brand-700 underline">
          {t(`next.${step.message}.link`)}
        </Link>
      </p>
    </section>
  );
}
