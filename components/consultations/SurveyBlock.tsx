import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { cachedSurvey } from "@/lib/surveys/cache";
import { SurveyAnswered } from "./SurveyAnswered";

/**
 * The "Survey" section of a consultation page (nothing when it has no survey): the page reads the
 * survey (cachedSurvey); no session is read here, whether the person has answered is asked by the
 * browser (SurveyAnswered).
 */
export async function SurveyBlock({
  consultationId,
  survey,
}: {
  consultationId: string;
  survey: Awaited<ReturnType<typeof cachedSurvey>>;
}) {
  if (!survey) return null;
  const t = await getTranslations("participation.survey");
  return (
    <section aria-labelledby="survey-block" className="mb-8">
      <h2 id="survey-block" className="mb-2 text-2xl font-bold">
        {t("blockTitle")}
      </h2>
      {survey.intro && <p className="mb-3">{survey.intro}</p>}
      <p className="mb-3">{t("blockQuestions", { count: survey.questions.length })}</p>
      {survey.phase === "closed" ? (
        <Link href={`/consultations/${consultationId}/survey/results`} className="text-brand-600 underline">
          {t("seeResults")}
        </Link>
      ) : survey.phase === "open" ? (
        <SurveyAnswered consultationId={consultationId} answered={t("youAnswered")}>
          <Link
            href={`/consultations/${consultationId}/survey`}
            className="inline-block rounded bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700"
          >
            {t("answerCta")}
          </Link>
        </SurveyAnswered>
      ) : (
        <p>{t("notOpen")}</p>
      )}
    </section>
  );
}
