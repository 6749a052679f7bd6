import { getTranslations } from "next-intl/server";
import { formatDate, formatDateTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/routing";
import type { Certificate } from "@/lib/meetings/queries";

/** The text of a certificate of participation: the name, the event, its dates, the verification code. */
export async function CertificateBody({ certificate, locale, checkUrl }: { certificate: Certificate; locale: Locale; checkUrl?: string }) {
  const t = await getTranslations("centreEvents.certificate");
  const k = await getTranslations("participation.meetings.kinds");
  return (
    <section aria-labelledby="certificate-title" className="border-4 border-double border-gray-700 p-6 sm:p-10">
      <p className="mb-2 text-center text-sm font-semibold uppercase tracking-wide">{t("issuer")}</p>
      <h1 id="certificate-title" className="mb-6 text-center text-3xl font-bold">
        {t("heading")}
      </h1>
      <p className="mb-2 text-center">{t("confirms")}</p>
      <p className="mb-4 text-center text-2xl font-bold">{certificate.name}</p>
      <p className="mb-2 text-center">{t("tookPart", { kind: k(certificate.kind as never) })}</p>
      <p className="mb-4 text-center text-xl font-bold">„{certificate.title}”</p>
      <dl className="mx-auto mb-6 grid max-w-xl grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <dt className="font-semibold">{t("when")}</dt>
        <dd>
          <time dateTime={certificate.startsAt}>{formatDateTime(new Date(certificate.startsAt), locale)}</time> –{" "}
          <time dateTime={certificate.endsAt}>{formatDateTime(new Date(certificate.endsAt), locale)}</time>
        </dd>
        <dt className="font-semibold">{t("place")}</dt>
        <dd>{certificate.place}</dd>
        {certificate.organizer && (
          <>
            <dt className="font-semibold">{t("organizer")}</dt>
            <dd>{certificate.organizer}</dd>
          </>
        )}
        <dt className="font-semibold">{t("code")}</dt>
        <dd>
          <code className="font-mono text-lg font-bold">{certificate.code}</code>
        </dd>
      </dl>
      {checkUrl && <p className="break-all text-center text-sm">{t("checkAt", { url: checkUrl })}</p>}
      <p className="mt-4 text-center text-sm">{t("issued", { date: formatDate(new Date(certificate.endsAt), locale) })}</p>
    </section>
  );
}
