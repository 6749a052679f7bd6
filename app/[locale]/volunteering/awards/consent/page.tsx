import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageHeading } from "@/components/ui/PageHeading";
import { awardConsentRequest } from "@/lib/awards/queries";
import { getDb } from "@/lib/db/client";
import type { Locale } from "@/lib/i18n/routing";
import { AwardConsentForm } from "./ConsentForm";

export const metadata: Metadata = { robots: { index: false } };

/** The nominee's consent (to the nomination, or as a laureate to publication), reached by the signed link in the mail. */
export default async function AwardConsentPage({
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
  const t = await getTranslations("awards.consent");
  const request = token ? await awardConsentRequest(await getDb(), token) : null;
  if (!request)
    return (
      <div className="max-w-3xl">
        <PageHeading title={t("title")} />
        <p>{t("invalid")}</p>
      </div>
    );
  const values = { award: request.award, year: String(request.year), category: request.category };
  const publication = request.kind === "publication";
  return (
    <div className="max-w-3xl">
      <PageHeading
        title={publication ? t("publicationTitle") : t("title")}
        lead={publication ? t("publicationLead", values) : t("lead", values)}
      />
      {!publication && (
        <section className="mb-6" aria-labelledby="justification">
          <h2 id="justification" className="mb-1 text-lg font-semibold">
            {t("justification")}
          </h2>
          <p className="whitespace-pre-line">{request.justification}</p>
        </section>
      )}
      {request.done ? (
        <p role="status" className="border-l-4 border-green-700 bg-green-50 p-4 font-semibold">
          {t("done")}
        </p>
      ) : (
        <AwardConsentForm token={token} />
      )}
    </div>
  );
}
