import { forbidden } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageHeading } from "@/components/ui/PageHeading";
import { AppointmentsTable } from "@/components/advice/AppointmentsTable";
import { appointments, isAdviser } from "@/lib/advice/queries";
import { requirePermission } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import type { Locale } from "@/lib/i18n/routing";

/** An adviser's own duty hours and bookings (an adviser linked to an account). */
export default async function AdviserPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const principal = await requirePermission(locale, "advice.book", {}, "/account/advice/adviser");
  const db = await getDb();
  if (!(await isAdviser(db, principal))) forbidden();
  const from = new Date(new Date().getTime() - 14 * 24 * 3600 * 1000);
  const rows = await appointments(db, principal, from, "own");
  const t = await getTranslations("advice.adviser");
  return (
    <div>
      <PageHeading title={t("title")} lead={t("lead")} />
      <AppointmentsTable rows={rows} locale={locale} detailPath="/account/advice/adviser" />
    </div>
  );
}
