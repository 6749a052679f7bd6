import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PrintButton } from "@/components/ui/PrintButton";
import { loadPage, pageId } from "@/lib/http/page";
import { formatDate, formatDay } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { getEngagement } from "@/lib/volunteering/queries";
import { insuranceRequired } from "@/lib/volunteering/rules";

/** The agreement (porozumienie, art. 44) as a document in the structure of a standard one; prints on A4. */
export default async function AgreementPrintPage({ params }: { params: Promise<{ locale: Locale; id: string }> }) {
  const { locale } = await params;
  const id = pageId((await params).id);
  setRequestLocale(locale);
  const e = await loadPage(locale, `/account/volunteering/engagements/${id}/agreement`, (db, principal) =>
    getEngagement(db, principal, id),
  );
  const a = e.agreement;
  if (!a) notFound();
  const t = await getTranslations("volunteering.agreementPrint");
  const address = [e.organization.street, [e.organization.postalCode, e.organization.city].filter(Boolean).join(" ")]
    .filter(Boolean)
    .join(", ");
  const section = (title: string, text: string) => (
    <section className="mb-4">
      <h2 className="mb-1 text-lg font-bold">{title}</h2>
      <p className="whitespace-pre-line">{text}</p>
    </section>
  );
  return (
    <article className="mx-auto max-w-3xl">
      <p className="mb-4 flex flex-wrap items-center gap-4 print:hidden">
        <Link href={`/account/volunteering/engagements/${e.app.id}`} className="text-brand-600 underline">
          {t("back")}
        </Link>
        <PrintButton label={t("print")} />
      </p>
      <h1 className="mb-1 text-center text-2xl font-bold">{t("title")}</h1>
      <p className="mb-6 text-center">{t("legal")}</p>
      <section className="mb-4">
        <h2 className="mb-1 text-lg font-bold">{t("between")}</h2>
        <p>{t("organization", { name: e.organization.name })}</p>
        {address && <p>{t("organizationAddress", { address })}</p>}
        {e.organization.krs && <p>{t("krs", { krs: e.organization.krs })}</p>}
        <p className="mt-2">{t("volunteer", { name: e.volunteer.name })}</p>
      </section>
      {section(t("p1"), a.scope)}
      {section(
        t("p2"),
        t("period", { from: formatDay(a.startDate, locale), to: formatDay(a.endDate, locale), hours: a.hoursPerWeek, place: a.place }),
      )}
      {section(t("p3"), a.volunteerDuties)}
      {section(t("p4"), a.organizationDuties)}
      {section(t("p5"), a.risks)}
      {section(t("p6"), [a.insurance, insuranceRequired(a) ? "" : t("insuranceOver30")].filter(Boolean).join("\n"))}
      {section(t("p7"), a.reimbursement)}
      {section(t("p8"), a.confidentiality)}
      {section(t("p9"), t("final"))}
      <p className="mt-6 font-semibold">
        {a.confirmedAt ? t("confirmed", { date: formatDate(a.confirmedAt, locale) }) : t("notConfirmed")}
      </p>
      <p className="mt-16 border-t border-gray-500 pt-1 text-center text-sm">{t("signatures")}</p>
    </article>
  );
}
