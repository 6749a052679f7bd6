import { getTranslations, setRequestLocale } from "next-intl/server";
import { ApplicationSummary } from "@/components/premises/ApplicationSummary";
import { PageHeading } from "@/components/ui/PageHeading";
import { authorize } from "@/lib/auth/permissions";
import { addDays, warsawToday } from "@/lib/dates/warsaw";
import { loadPage, pageId } from "@/lib/http/page";
import { formatMoney } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { getApplication } from "@/lib/premises/queries";
import { DecisionForm } from "./DecisionForm";

/** Staff decide on one application, with the application beside the decision. */
export default async function DecideApplicationPage({ params }: { params: Promise<{ locale: Locale; id: string }> }) {
  const { locale } = await params;
  const id = pageId((await params).id);
  setRequestLocale(locale);
  const { application } = await loadPage(locale, `/centre/manage/premises/applications/${id}`, async (db, principal) => {
    authorize(principal, "premises.manage");
    const row = await getApplication(db, principal, id);
    return row && { application: row };
  });
  const t = await getTranslations("premises");
  const start = addDays(warsawToday(), 30);
  const rent = (application.offeredRent / 100).toFixed(2).replace(".", ",");
  return (
    <div className="max-w-3xl">
      <p className="mb-2">
        <Link href="/centre/manage/premises" className="text-brand-600 underline">
          {t("decide.back")}
        </Link>
      </p>
      <PageHeading title={t("decide.title", { organization: application.organization })} />
      <ApplicationSummary a={application} locale={locale} />
      <p className="mb-6">{t("decide.offeredRent", { rent: formatMoney(application.offeredRent, locale) })}</p>
      <DecisionForm
        applicationId={application.id}
        rent={rent}
        termStart={start}
        termEnd={addDays(addDays(start, 3 * 365), -1)}
        open={application.status === "submitted"}
      />
    </div>
  );
}
