import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { cachedResults } from "@/lib/decisions/cache";
import { PageHeading } from "@/components/ui/PageHeading";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { pageId } from "@/lib/http/page";

/* How anyone may ask for the reasons an offer was chosen or rejected: static text, for a competition whose results are published (else 404). */
export function generateStaticParams() {
  return [];
}
export const dynamicParams = true;

export default async function ReasonsPage({ params }: { params: Promise<{ locale: Locale; id: string }> }) {
  const { locale } = await params;
  const id = pageId((await params).id);
  setRequestLocale(locale);
  if (!(await cachedResults(id))) notFound();
  const t = await getTranslations("scoringResults");
  return (
    <div className="max-w-3xl">
      <PageHeading title={t("reasonsTitle")} />
      <p className="mb-4">{t("reasonsBody1")}</p>
      <p className="mb-4">{t("reasonsBody2")}</p>
      <p className="mb-6">{t("reasonsBody3")}</p>
      <Link href={`/competitions/${id}/results`} className="text-brand-600 underline">
        {t("reasonsBack")}
      </Link>
    </div>
  );
}
