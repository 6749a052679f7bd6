import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PrintButton } from "@/components/ui/PrintButton";
import { loadPage, pageId } from "@/lib/http/page";
import { formatDate, formatDay } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { appLink } from "@/lib/mail/links";
import { getEngagement } from "@/lib/volunteering/queries";
import { hoursLabel } from "@/lib/volunteering/rules";

/** The certificate (zaświadczenie, art. 44 ust. 4) as a document with its verification code; prints on A4. */
export default async function CertificatePrintPage({ params }: { params: Promise<{ locale: Locale; id: string }> }) {
  const { locale } = await params;
  const id = pageId((await params).id);
  setRequestLocale(locale);
  const e = await loadPage(locale, `/account/volunteering/engagements/${id}/certificate`, (db, principal) =>
    getEngagement(db, principal, id),
  );
  const c = e.certificate;
  if (!c) notFound();
  const [t, tb] = await Promise.all([getTranslations("volunteering.certificatePrint"), getTranslations("volunteering.agreementPrint")]);
  const verifyUrl = appLink(locale, `/volunteering/certificates/verify?code=${encodeURIComponent(c.code)}`);
  return (
    <article className="mx-auto max-w-3xl">
      <p className="mb-4 flex flex-wrap items-center gap-4 print:hidden">
        <Link href={`/account/volunteering/engagements/${e.app.id}`} className="text-brand-600 underline">
          {tb("back")}
        </Link>
        <PrintButton label={t("print")} />
      </p>
      <h1 className="mb-1 text-center text-2xl font-bold">{t("title")}</h1>
      <p className="mb-6 text-center">{t("legal")}</p>
      <p className="mb-4">
        {t("body", {
          organization: c.organizationName,
          volunteer: c.volunteerName,
          from: formatDay(c.fromDate, locale),
          to: formatDay(c.toDate, locale),
          offer: c.offerTitle,
          hours: hoursLabel(c.totalMinutes, locale),
        })}
      </p>
      <section className="mb-4">
        <h2 className="mb-1 text-lg font-bold">{t("tasks")}</h2>
        <p className="whitespace-pre-line">{c.tasks}</p>
      </section>
      {c.opinion && (
        <section className="mb-4">
          <h2 className="mb-1 text-lg font-bold">{t("opinion")}</h2>
          <p className="whitespace-pre-line">{c.opinion}</p>
        </section>
      )}
      <p className="mt-6">{t("issued", { date: formatDate(c.issuedAt, locale) })}</p>
      <p className="mt-2 font-mono font-semibold">{t("code", { code: c.code })}</p>
      <p className="mt-1 break-all text-sm">{t("verifyAt", { url: verifyUrl })}</p>
    </article>
  );
}
