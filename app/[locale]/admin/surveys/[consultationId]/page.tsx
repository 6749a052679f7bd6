import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { SurveyResults } from "@/components/consultations/SurveyResults";
import { PageHeading } from "@/components/ui/PageHeading";
import { requirePermission } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { consultationTitles } from "@/lib/consultations/queries";
import { surveyResults } from "@/lib/surveys/queries";
import { IntroForm, QuestionForm, RemoveQuestion } from "../SurveyForms";
import { pageId } from "@/lib/http/page";

export default async function AdminSurveyPage({ params }: { params: Promise<{ locale: Locale; consultationId: string }> }) {
  const { locale } = await params;
  const consultationId = pageId((await params).consultationId);
  setRequestLocale(locale);
  await requirePermission(locale, "survey.manage", {}, `/admin/surveys/${consultationId}`);
  const db = await getDb();
  const title = (await consultationTitles(db, [consultationId])).get(consultationId);
  if (!title) notFound();
  const t = await getTranslations("participation.admin");
  const data = await surveyResults(db, consultationId, { force: true });
  return (
    <div>
      <p className="mb-2">
        <Link href="/admin/surveys" className="text-brand-600 underline">
          {t("backToSurveys")}
        </Link>
      </p>
      <PageHeading title={t("surveyFor", { title })} />
      <IntroForm consultationId={consultationId} intro={data?.survey.intro ?? ""} exists={!!data} />
      {data && (
        <>
          <section aria-labelledby="questions" className="mb-8">
            <h2 id="questions" className="mb-3 text-xl font-bold">
              {t("questions")}
            </h2>
            {data.survey.questions.length === 0 ? (
              <p>{t("noQuestions")}</p>
            ) : (
              <ol className="mb-6 list-decimal space-y-2 pl-5">
                {data.survey.questions.map((q) => (
                  <li key={q.id}>
                    <div className="flex flex-wrap items-center gap-3">
                      <span>
                        {q.prompt}{" "}
                        <span className="text-sm text-muted">
                          ({t(`questionKinds.${q.kind}`)}
                          {q.options.length > 0 ? `: ${q.options.join(", ")}` : ""})
                        </span>
                      </span>
                      {data.responses === 0 && <RemoveQuestion consultationId={consultationId} questionId={q.id} label={q.prompt} />}
                    </div>
                  </li>
                ))}
              </ol>
            )}
            {data.responses === 0 ? (
              <QuestionForm consultationId={consultationId} surveyId={data.survey.id} />
            ) : (
              <p>{t("lockedByResponses")}</p>
            )}
          </section>
          <section aria-labelledby="results">
            <h2 id="results" className="mb-3 text-xl font-bold">
              {t("resultsSoFar", { count: data.responses })}
            </h2>
            {data.results && <SurveyResults results={data.results} locale={locale} />}
          </section>
        </>
      )}
    </div>
  );
}
