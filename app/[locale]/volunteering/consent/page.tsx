import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageHeading } from "@/components/ui/PageHeading";
import { getDb } from "@/lib/db/client";
import type { Locale } from "@/lib/i18n/routing";
import { consentRequest } from "@/lib/volunteering/queries";
import { ConsentForm } from "./ConsentForm";

export const metadata: Metadata = { robots: { index: false } };

/** The guardian's consent page, reached by the signed link in the mail (no sign-in). */
export default async function ConsentPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const raw = (await searchParams).token;
  const token = typeof raw === "string" ? raw : "";
  const t = await getTranslations("volunteering.consent");
  const request = token ? await consentRequest(await getDb(), token) : null;
  if (!request)
    return (
      <div className="max-w-3xl">
        <PageHeading title={t("title")} />
        <p>{t("invalid")}</p>
      </div>
    );
  return (
    <div className="max-w-3xl">
      <PageHeading title={t("title")} lead={t("lead", { volunteer: request.volunteer })} />
      <dl className="mb-6 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <dt className="font-semibold">{t("offer")}</dt>
        <dd>{request.offer}</dd>
        <dt className="font-semibold">{t("organization")}</dt>
        <dd>{request.organization}</dd>
        <dt className="font-semibold">{t("tasks")}</dt>
        <dd className="whitespace-pre-line">{request.tasks}</dd>
      </dl>
      {request.status === "awaiting_consent" ? (
        <ConsentForm token={token} />
      ) : (
        <p role="status" className="border-l-4 border-green-700 bg-green-50 p-4 font-semibold">
          {request.guardianConsentAt ? t("done") : t("already")}
        </p>
      )}
    </div>
  );
}
