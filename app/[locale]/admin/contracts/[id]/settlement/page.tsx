import { setRequestLocale } from "next-intl/server";
import { SettlementDocument } from "@/components/reports/SettlementDocument";
import { requirePermission } from "@/lib/auth/session";
import { loadPage, pageId } from "@/lib/http/page";
import type { Locale } from "@/lib/i18n/routing";
import { contractReporting } from "@/lib/reports/queries";

/** The settlement of a contract as a document (amounts, dates, interest) for the city's finance officer; prints on A4. */
export default async function AdminSettlementPrintPage({ params }: { params: Promise<{ locale: Locale; id: string }> }) {
  const { locale } = await params;
  const id = pageId((await params).id);
  setRequestLocale(locale);
  await requirePermission(locale, "report.decide", {}, `/admin/contracts/${id}/settlement`);
  const data = await loadPage(locale, `/admin/contracts/${id}/settlement`, (db, principal) => contractReporting(db, principal, id));
  return <SettlementDocument data={data} locale={locale} />;
}
