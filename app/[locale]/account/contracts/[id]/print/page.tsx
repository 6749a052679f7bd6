import { setRequestLocale } from "next-intl/server";
import { ContractDocument } from "@/components/contracts/ContractDocument";
import { loadContract } from "@/lib/contracts/page-load";
import type { Locale } from "@/lib/i18n/routing";
import { pageId } from "@/lib/http/page";

/** The contract as a document, following the framework contract's paragraphs; prints on A4. */
export default async function ContractPrintPage({ params }: { params: Promise<{ locale: Locale; id: string }> }) {
  const { locale } = await params;
  const id = pageId((await params).id);
  setRequestLocale(locale);
  const view = await loadContract(locale, id, `/account/contracts/${id}/print`);
  return <ContractDocument view={view} locale={locale} />;
}
