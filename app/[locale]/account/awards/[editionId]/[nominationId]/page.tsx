import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageHeading } from "@/components/ui/PageHeading";
import { juryNomination } from "@/lib/awards/queries";
import { loadPage, pageId } from "@/lib/http/page";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { AwardScoreSheet } from "../../JuryForms";

/** A declared jury member scores one consented nomination with the competitions' score sheet. */
export default async function JuryNominationPage({
  params,
}: {
  params: Promise<{ locale: Locale; editionId: string; nominationId: string }>;
}) {
  const { locale } = await params;
  const editionId = pageId((await params).editionId);
  const nominationId = pageId((await params).nominationId);
  setRequestLocale(locale);
  const { nomination, criteria, mine } = await loadPage(locale, `/account/awards/${editionId}/${nominationId}`, (db, principal) =>
    juryNomination(db, principal, editionId, nominationId),
  );
  const t = await getTranslations("awards");
  const d = await getTranslations("scoringDesk");
  const total = mine.reduce((sum, s) => sum + s.points, 0);
  return (
    <div className="max-w-3xl">
      <p className="mb-2">
        <Link href={`/account/awards/${editionId}`} className="text-brand-600 underline">
          {t("jury.back")}
        </Link>
      </p>
      <PageHeading
        title={t("jury.scoreTitle", { name: nomination.nomineeName })}
        lead={`${t("edition", { award: nomination.award, year: nomination.year })} · ${nomination.category}`}
      />
      <dl className="mb-6 grid gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr]">
        <dt className="font-semibold">{t("form.nominatorKind")}</dt>
        <dd>
          {[t(`nominatorAs.${nomination.nominatorKind}`), nomination.organization ?? nomination.schoolName].filter(Boolean).join(": ")}
        </dd>
        <dt className="font-semibold">{t("form.justification")}</dt>
        <dd className="whitespace-pre-line">{nomination.justification}</dd>
      </dl>
      <section aria-labelledby="score">
        <h2 id="score" className="mb-2 text-xl font-bold">
          {d("scoreTitle")}
        </h2>
        {mine.length > 0 ? (
          <>
            <p role="status" className="mb-4 border-l-4 border-green-700 bg-green-50 p-4 font-semibold">
              {t("jury.submitted", { total })}
            </p>
            <ul className="list-disc pl-6">
              {criteria.map((c) => {
                const s = mine.find((x) => x.criterionId === c.id);
                return (
                  <li key={c.id}>
                    {c.name}: {d("pointsOf", { points: s?.points ?? 0, max: c.maxPoints })}
                  </li>
                );
              })}
            </ul>
          </>
        ) : nomination.status !== "scoring" ? (
          <p>{t("errors.scoringNotOpen")}</p>
        ) : (
          <>
            <p className="mb-4">{d("scoreLead")}</p>
            <AwardScoreSheet editionId={editionId} nominationId={nomination.id} criteria={criteria} />
          </>
        )}
      </section>
    </div>
  );
}
