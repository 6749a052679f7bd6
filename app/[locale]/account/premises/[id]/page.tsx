import { getTranslations, setRequestLocale } from "next-intl/server";
import { ApplicationSummary } from "@/components/premises/ApplicationSummary";
import { PageHeading } from "@/components/ui/PageHeading";
import { loadPage, pageId } from "@/lib/http/page";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { getApplication } from "@/lib/premises/queries";

/** One application of one's organization, with the decision (the mail links here). */
export default async function MyApplicationPage({ params }: { params: Promise<{ locale: Locale; id: string }> }) {
  const { locale } = await params;
  const id = pageId((await params).id);
  setRequestLocale(locale);
  const { application } = await loadPage(locale, `/account/premises/${id}`, async (db, principal) => {
    const row = await getApplication(db, principal, id);
    return row && { application: row };
  });
  const t = await getTranslations("premises");
  return (
    <div className="max-w-3xl">
      <p className="mb-2">
        <Link href="/account/premises" className="text-brand-600 underline">
          {t("account.title")}
        </Link>
      </p>
      <PageHeading title={t("account.open", { address: application.address })} />
      <ApplicationSummary a={application} locale={locale} />
    </div>
  );
}
