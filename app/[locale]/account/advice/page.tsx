import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageHeading } from "@/components/ui/PageHeading";
import { isAdviser, myBookings } from "@/lib/advice/queries";
import { personMayCancel, type AdviceTopic } from "@/lib/advice/rules";
import { requirePermission } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { formatDateTime } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { CancelForm } from "./CancelForm";

/** One's own advice appointments (never the adviser's notes). */
export default async function MyAdvicePage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const principal = await requirePermission(locale, "advice.book", {}, "/account/advice");
  const db = await getDb();
  const [rows, adviser] = await Promise.all([myBookings(db, principal), isAdviser(db, principal)]);
  const t = await getTranslations("advice");
  const now = new Date();
  return (
    <div className="max-w-3xl">
      <PageHeading title={t("account.title")} lead={t("account.lead")} />
      <p className="mb-6 flex flex-wrap gap-4">
        <Link href="/centre/advice" className="text-brand-600 underline">
          {t("account.find")}
        </Link>
        {adviser && (
          <Link href="/account/advice/adviser" className="text-brand-600 underline">
            {t("account.adviserLink")}
          </Link>
        )}
      </p>
      {rows.length === 0 ? (
        <p>{t("account.none")}</p>
      ) : (
        <ul className="space-y-4">
          {rows.map((b) => {
            const when = formatDateTime(b.startsAt, locale);
            return (
              <li key={b.id} className="rounded border border-gray-300 p-4">
                <h2 className="text-lg font-semibold">
                  {when} · {b.adviser}
                </h2>
                <p>
                  {t(`topics.${b.topic as AdviceTopic}`)}
                  {b.organization ? ` · ${b.organization}` : ""} · {t(`statuses.${b.status}`)}
                </p>
                <p className="text-muted">{b.place}</p>
                <p className="my-2">{b.description}</p>
                {b.cancelledBy === "staff" && b.cancelReason && <p>{t("account.reason", { reason: b.cancelReason })}</p>}
                <CancelForm bookingId={b.id} when={when} cancellable={personMayCancel(b.startsAt, b.status, now)} />
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
