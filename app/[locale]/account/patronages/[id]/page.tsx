import { getTranslations, setRequestLocale } from "next-intl/server";
import { PatronageDetails } from "@/components/patronages/PatronageDetails";
import { PageHeading } from "@/components/ui/PageHeading";
import { warsawToday } from "@/lib/dates/warsaw";
import { loadPage, pageId } from "@/lib/http/page";
import { formatDay } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { getPatronage } from "@/lib/patronages/queries";
import { patronageSteps } from "@/lib/patronages/rules";
import { AnswerForm, ReportForm } from "./ApplicantForms";

/** One application, for its applicant: the office's question to answer, the decision, the report after the event. */
export default async function MyPatronagePage({ params }: { params: Promise<{ locale: Locale; id: string }> }) {
  const { locale } = await params;
  const id = pageId((await params).id);
  setRequestLocale(locale);
  const { application: a } = await loadPage(locale, `/account/patronages/${id}`, async (db, principal) => {
    const row = await getPatronage(db, principal, id);
    // staff open applications on their desk; here only the applicant's own
    return row && row.applicantId === principal?.userId ? { application: row } : null;
  });
  const t = await getTranslations("patronages");
  const today = warsawToday();
  return (
    <div className="max-w-3xl">
      <p className="mb-2">
        <Link href="/account/patronages" className="text-brand-600 underline">
          {t("detail.back")}
        </Link>
      </p>
      <PageHeading title={a.eventName} />
      <PatronageDetails a={a} locale={locale} />
      <AnswerForm applicationId={a.id} open={patronageSteps.canAnswer(a.status)} />
      <ReportForm
        applicationId={a.id}
        open={patronageSteps.canReport(a.status, a.endsOn, today)}
        intro={t("detail.reportIntro", { date: formatDay(a.reportDueOn, locale) })}
      />
    </div>
  );
}
