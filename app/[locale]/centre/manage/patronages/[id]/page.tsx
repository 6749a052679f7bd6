import { getTranslations, setRequestLocale } from "next-intl/server";
import { PatronageDetails } from "@/components/patronages/PatronageDetails";
import { PageHeading } from "@/components/ui/PageHeading";
import { authorize } from "@/lib/auth/permissions";
import { loadPage, pageId } from "@/lib/http/page";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { getPatronage } from "@/lib/patronages/queries";
import { patronageSteps } from "@/lib/patronages/rules";
import { AskForm, DecideForm } from "./StaffForms";

/** Staff: one application, with the question to ask and the decision beside it. */
export default async function ManagePatronagePage({ params }: { params: Promise<{ locale: Locale; id: string }> }) {
  const { locale } = await params;
  const id = pageId((await params).id);
  setRequestLocale(locale);
  const { application: a } = await loadPage(locale, `/centre/manage/patronages/${id}`, async (db, principal) => {
    authorize(principal, "patronage.decide");
    const row = await getPatronage(db, principal, id);
    return row && { application: row };
  });
  const t = await getTranslations("patronages");
  return (
    <div className="max-w-3xl">
      <p className="mb-2">
        <Link href="/centre/manage/patronages" className="text-brand-600 underline">
          {t("manage.back")}
        </Link>
      </p>
      <PageHeading title={a.eventName} />
      <PatronageDetails a={a} locale={locale} />
      <DecideForm applicationId={a.id} open={patronageSteps.canDecide(a.status)} />
      <AskForm applicationId={a.id} open={patronageSteps.canDecide(a.status)} />
    </div>
  );
}
