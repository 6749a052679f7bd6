import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageHeading } from "@/components/ui/PageHeading";
import { getDb } from "@/lib/db/client";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { verifyCertificate } from "@/lib/meetings/queries";
import { CertificateBody } from "../../CertificateBody";

type Params = Promise<{ locale: Locale; code: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: "centreEvents.verify" }))("title"), robots: { index: false } };
}

/**
 * Public: anyone checks a certificate of participation by its code. It shows what the certificate
 * says (the participant's name and the event), nothing more; a code that is not one (or whose
 * holder is no longer marked present) says so. Read per request (a mark can be corrected).
 */
export default async function VerifyCertificatePage({ params }: { params: Params }) {
  const { locale, code } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("centreEvents.verify");
  const certificate = await verifyCertificate(await getDb(), decodeURIComponent(code));
  return (
    <div className="max-w-3xl">
      <PageHeading title={t("title")} />
      {certificate ? (
        <>
          <p role="status" className="mb-6 border-l-4 border-green-700 bg-green-50 p-4 font-semibold">
            {t("valid")}
          </p>
          <CertificateBody certificate={certificate} locale={locale} />
        </>
      ) : (
        <p role="status" className="mb-6 border-l-4 border-red-700 bg-red-50 p-4 font-semibold">
          {t("invalid")}
        </p>
      )}
      <p className="mt-6">
        <Link href="/meetings/certificates" className="text-brand-600 underline">
          {t("another")}
        </Link>
      </p>
    </div>
  );
}
