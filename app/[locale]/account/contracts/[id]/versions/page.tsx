import { getTranslations, setRequestLocale } from "next-intl/server";
import { Versions } from "@/components/contracts/Versions";
import { PageHeading } from "@/components/ui/PageHeading";
import { loadContractVersions } from "@/lib/contracts/page-load";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { pageId } from "@/lib/http/page";

/** Every version of the contract's terms and what each amendment changed. */
export default async function ContractVersionsPage({ params }: { params: Promise<{ locale: Locale; id: string }> }) {
  const { locale } = await params;
  const id = pageId((await params).id);
  setRequestLocale(locale);
  const view = await loadContractVersions(locale, id, `/account/contracts/${id}/versions`);
  const t = await getTranslations("contracts");
  return (
    <div>
      <p className="mb-4">
        <Link href={`/account/contracts/${id}`} className="text-brand-700 underline">
          {t("amend.back")}
        </Link>
      </p>
      <PageHeading title={t("versions.title", { number: view.contract.number })} lead={t("versions.lead")} />
      <Versions view={view} locale={locale} />
    </div>
  );
}
