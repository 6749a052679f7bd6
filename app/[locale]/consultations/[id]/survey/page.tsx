import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageHeading } from "@/components/ui/PageHeading";
import { can } from "@/lib/auth/permissions";
import { currentPrincipal } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { consultationTitles } from "@/lib/consultations/queries";
import { hasAnswered, surveyOf } from "@/lib/surveys/queries";
import { SurveyForm } from "./SurveyForm";
import { pageId } from "@/lib/http/page";

/** Answering the consultation's survey: per request (whether this person has answered). */
export default async function SurveyPage({ params }: { params: Promise<{ locale: Locale; id: string }> }) {
  const { locale } = await params;
  const id = pageId((await params).id);
  setRequestLocale(locale);
  const db = await getDb();
  const survey = await surveyOf(db, id);
  if (!survey) notFound();
  const principal = await currentPrincipal();
  const t = await getTranslations("participation.survey");
  const title = (await consultationTitles(db, [id])).get(id) ?? "";
  const answered = principal ? await hasAnswered(db, principal, survey.id) : false;
  return (
    <div className="max-w-3xl">
      <p className="mb-2">
        <Link href={`/consultations/${id}`} className="text-brand-600 underline">
          {t("backToConsultation")}
        </Link>
      </p>
      <PageHeading title={t("title", { title })} lead={survey.intro || undefined} />
      {survey.phase === "closed" ? (
        <p>
          <Link href={`/consultations/${id}/survey/results`} className="text-brand-600 underline">
            {t("seeResults")}
          </Link>
        </p>
      ) : survey.phase !== "open" ? (
        <p>{t("notOpen")}</p>
      ) : !principal ? (
        <p>
          <Link
            href={{ pathname: "/login", query: { returnTo: `${locale === "pl" ? "" : "/en"}/consultations/${id}/survey` } }}
            className="text-brand-600 underline"
          >
            {t("loginToAnswer")}
          </Link>
        </p>
      ) : answered ? (
        <p role="status" className="border-l-4 border-brand-600 bg-brand-50 p-4 font-semibold">
          {t("alreadyAnswered")}
        </p>
      ) : can(principal, "survey.answer") ? (
        <SurveyForm consultationId={id} questions={survey.questions} />
      ) : null}
    </div>
  );
}
