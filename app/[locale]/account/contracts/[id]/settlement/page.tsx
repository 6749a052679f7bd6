import { setRequestLocale } from "next-intl/server";
import { SettlementDocument } from "@/components/reports/SettlementDocument";
import { loadPage, pageId } from "@/lib/http/page";
import type { Locale } from "@/lib/i18n/routing";
import { contractReporting } from "@/lib/reports/queries";

/** The settlement of the organization's contract as a document (amounts, dates, interest); prints on A4. */
export default async function SettlementPrintPage({ params }: { params: Promise<{ locale: Locale; id: string }> }) {
  const { locale } = await params;
  const id = pageId((await params).id);
  setRequestLocale(locale);
  const data = await loadPage(locale, `/account/contracts/${id}/settlement`, (db, principal) => contractReporting(db, principal, id));
  return <SettlementDocument data={data} locale={locale} />;
}
