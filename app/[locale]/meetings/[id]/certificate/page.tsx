import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PrintButton } from "@/components/ui/PrintButton";
import { requirePermission } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { pageId } from "@/lib/http/page";
import { appLink } from "@/lib/mail/links";
import type { Locale } from "@/lib/i18n/routing";
import { myCertificate } from "@/lib/meetings/queries";
import { CertificateBody } from "../../CertificateBody";

type Params = Promise<{ locale: Locale; id: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: "centreEvents.certificate" }))("title") };
}

/**
 * One's own certificate of participation (zaświadczenie o udziale), laid out for printing: only
 * for a participant with a seat whom staff marked present; anyone can check its code on
 * /meetings/certificates/{code}.
 */
export default async function CertificatePage({ params }: { params: Params }) {
  const { locale } = await params;
  const id = pageId((await params).id);
  setRequestLocale(locale);
  const principal = await requirePermission(locale, "meeting.register", {}, `/meetings/${id}/certificate`);
  const certificate = await myCertificate(await getDb(), principal, id);
  if (!certificate) notFound();
  const t = await getTranslations("centreEvents.certificate");
  const checkUrl = appLink(locale, `/meetings/certificates/${certificate.code}`);
  return (
    <div className="max-w-3xl">
      <p className="mb-6">
        <PrintButton label={t("print")} variant="primary" />
      </p>
      <CertificateBody certificate={certificate} locale={locale} checkUrl={checkUrl} />
    </div>
  );
}
