import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { SurveyResults } from "@/components/consultations/SurveyResults";
import { PageHeading } from "@/components/ui/PageHeading";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { cachedSurveyResults } from "@/lib/surveys/cache";
import { pageId } from "@/lib/http/page";

/* Public and cached (tag `survey:${id}`); results appear only after the consultation closes. */
export function generateStaticParams() {
  return [];
}

export default async function SurveyResultsPage({ params }: { params: Promise<{ locale: Locale; id: string }> }) {
  const { locale } = await params;
  const id = pageId((await params).id);
  setRequestLocale(locale);
  const data = await cachedSurveyResults(id);
  if (!data) notFound();
  const t = await getTranslations("participation.survey");
  return (
    <div className="max-w-4xl">
      <p className="mb-2">
        <Link href={`/consultations/${id}`} className="text-brand-600 underline">
          {t("backToConsultation")}
        </Link>
      </p>
      <PageHeading title={t("resultsTitle")} lead={data.results ? t("responses", { count: data.responses }) : undefined} />
      {data.results ? <SurveyResults results={data.results} locale={locale} /> : <p>{t("resultsAfterClose")}</p>}
    </div>
  );
}
