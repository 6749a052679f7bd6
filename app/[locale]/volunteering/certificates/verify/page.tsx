import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageHeading } from "@/components/ui/PageHeading";
import { getDb } from "@/lib/db/client";
import { formatDate, formatDay } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/routing";
import { verifyCertificate } from "@/lib/volunteering/queries";
import { hoursLabel } from "@/lib/volunteering/rules";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("volunteering.verify");
  return { title: t("title") };
}

/** Anyone checks a volunteering certificate by its code (a GET form: the result can be linked to). */
export default async function VerifyCertificatePage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const raw = (await searchParams).code;
  const typed = typeof raw === "string" ? raw.slice(0, 40) : "";
  const t = await getTranslations("volunteering.verify");
  const result = typed ? await verifyCertificate(await getDb(), typed) : null;
  const c = result?.certificate;
  return (
    <div className="max-w-3xl">
      <PageHeading title={t("title")} lead={t("lead")} />
      <form method="get" noValidate className="mb-6">
        <label htmlFor="code" className="mb-1 block font-semibold">
          {t("code")}
        </label>
        <p id="code-hint" className="mb-1 text-sm text-muted">
          {t("codeHint")}
        </p>
        <div className="flex flex-wrap gap-2">
          <input
            id="code"
            name="code"
            defaultValue={typed}
            aria-describedby="code-hint"
            autoComplete="off"
            className="w-full max-w-xs rounded border-2 border-gray-700 px-3 py-2 font-mono uppercase"
          />
          <button type="submit" className="rounded bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700">
            {t("submit")}
          </button>
        </div>
      </form>
      {result && (
        <div role="status">
          {!result.code ? (
            <p className="border-l-4 border-accent-600 p-4 font-semibold">{t("malformed")}</p>
          ) : !c ? (
            <p className="border-l-4 border-accent-600 p-4 font-semibold">{t("unknown")}</p>
          ) : (
            <section aria-labelledby="certificate-valid" className="border-l-4 border-green-700 bg-green-50 p-4">
              <h2 id="certificate-valid" className="mb-2 text-xl font-bold">
                <span aria-hidden="true">✓ </span>
                {t("valid")}: <span className="font-mono">{c.code}</span>
              </h2>
              <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
                <dt className="font-semibold">{t("volunteer")}</dt>
                <dd>{c.volunteerName}</dd>
                <dt className="font-semibold">{t("organization")}</dt>
                <dd>{c.organizationName}</dd>
                <dt className="font-semibold">{t("offer")}</dt>
                <dd>{c.offerTitle}</dd>
                <dt className="font-semibold">{t("tasks")}</dt>
                <dd className="whitespace-pre-line">{c.tasks}</dd>
                <dt className="font-semibold">{t("period")}</dt>
                <dd>
                  {formatDay(c.fromDate, locale)} – {formatDay(c.toDate, locale)}
                </dd>
                <dt className="font-semibold">{t("hours")}</dt>
                <dd>{hoursLabel(c.totalMinutes, locale)}</dd>
                <dt className="font-semibold">{t("issued")}</dt>
                <dd>{formatDate(c.issuedAt, locale)}</dd>
              </dl>
            </section>
          )}
        </div>
      )}
    </div>
  );
}
