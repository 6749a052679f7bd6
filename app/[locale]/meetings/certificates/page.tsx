import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageHeading } from "@/components/ui/PageHeading";
import { redirect } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { normalizeCertificateCode } from "@/lib/meetings/rules";

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: "centreEvents.verify" }))("title") };
}

/** Public: type the code printed on a certificate of participation to check it. */
export default async function CheckCertificatePage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const typed = (await searchParams).code;
  const code = typeof typed === "string" ? normalizeCertificateCode(typed) : null;
  if (code) redirect({ href: `/meetings/certificates/${code}`, locale });
  const t = await getTranslations("centreEvents.verify");
  return (
    <div className="max-w-3xl">
      <PageHeading title={t("title")} lead={t("lead")} />
      <form method="get" noValidate className="max-w-md">
        {typeof typed === "string" && typed !== "" && (
          <p role="alert" id="code-error" className="mb-2 font-semibold text-red-700">
            {t("malformed")}
          </p>
        )}
        <label htmlFor="code" className="mb-1 block font-semibold">
          {t("codeLabel")}
        </label>
        <p id="code-hint" className="mb-1 text-sm text-muted">
          {t("codeHint")}
        </p>
        <input
          id="code"
          name="code"
          type="text"
          autoComplete="off"
          defaultValue={typeof typed === "string" ? typed : ""}
          aria-describedby={typeof typed === "string" && typed !== "" ? "code-hint code-error" : "code-hint"}
          className="mb-4 w-full rounded border-2 border-gray-700 px-3 py-2 font-mono uppercase"
        />
        <button type="submit" className="rounded bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700">
          {t("check")}
        </button>
      </form>
    </div>
  );
}
