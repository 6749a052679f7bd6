import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageHeading } from "@/components/ui/PageHeading";
import { requirePermission } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { consultationOptions } from "@/lib/consultations/queries";
import { surveySummaries } from "@/lib/surveys/queries";
import { TableScroll } from "@/components/ui/TableScroll";

export default async function AdminSurveysPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePermission(locale, "survey.manage", {}, "/admin/surveys");
  const t = await getTranslations("participation.admin");
  const db = await getDb();
  const [consultations, summaries] = await Promise.all([consultationOptions(db), surveySummaries(db)]);
  return (
    <div>
      <PageHeading title={t("surveysTitle")} lead={t("surveysLead")} />
      {consultations.length === 0 ? (
        <p>{t("noConsultations")}</p>
      ) : (
        <TableScroll label={t("surveysTitle")}>
          <table className="w-full text-left text-sm">
            <thead>
              <tr className="border-b-2 border-gray-700">
                <th scope="col" className="py-2 pr-3">
                  {t("consultation")}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t("phase")}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t("survey")}
                </th>
                <th scope="col" className="py-2">
                  {t("publicSurvey")}
                </th>
              </tr>
            </thead>
            <tbody>
              {consultations.map((c) => {
                const s = summaries.get(c.id);
                return (
                  <tr key={c.id} className="border-b border-gray-200" data-phase={c.phase ?? ""}>
                    <td className="py-2 pr-3">
                      <Link href={`/admin/surveys/${c.id}`} className="text-brand-600 underline">
                        {c.title}
                      </Link>
                    </td>
                    <td className="py-2 pr-3">{t(`phases.${c.phase ?? "draft"}`)}</td>
                    <td className="py-2 pr-3">
                      {s ? t("surveySummary", { questions: s.questions, responses: s.responses }) : t("noSurvey")}
                    </td>
                    <td className="py-2">
                      {s && (
                        <Link
                          href={`/consultations/${c.id}/survey`}
                          className="text-brand-600 underline"
                          aria-label={`${t("openSurvey")}: ${c.title}`}
                        >
                          {t("openSurvey")}
                        </Link>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroll>
      )}
    </div>
  );
}
