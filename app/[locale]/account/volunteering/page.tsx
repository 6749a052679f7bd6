import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageHeading } from "@/components/ui/PageHeading";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { formatDate } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { myVolunteering } from "@/lib/volunteering/queries";
import { hoursLabel } from "@/lib/volunteering/rules";
import { WithdrawForm } from "./forms";

/** The volunteer's page: their applications and engagements, with what waits for them. */
export default async function MyVolunteeringPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const principal = await requirePermission(locale, "volunteering.apply", {}, "/account/volunteering");
  const [rows, t, ts] = await Promise.all([
    myVolunteering(await getDb(), principal),
    getTranslations("volunteering.mine"),
    getTranslations("volunteering.applicationStatuses"),
  ]);
  return (
    <div className="max-w-3xl">
      <PageHeading title={t("title")} lead={t("lead")} />
      <p className="mb-6 flex flex-wrap gap-x-6 gap-y-2">
        <Link href="/volunteering" className="text-brand-600 underline">
          {t("find")}
        </Link>
        {can(principal, "volunteering.offer.listMine") && (
          <Link href="/account/volunteering/offers" className="text-brand-600 underline">
            {t("organizationOffers")}
          </Link>
        )}
      </p>
      {rows.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <ul className="space-y-4">
          {rows.map((r) => (
            <li key={r.id} className="rounded border border-gray-300 p-4">
              <h2 className="text-lg font-semibold">
                <Link href={`/account/volunteering/engagements/${r.id}`} className="text-brand-600 underline">
                  <span aria-hidden="true">{r.offer}</span>
                  <span className="sr-only">{t("details", { offer: r.offer })}</span>
                </Link>
              </h2>
              <p className="text-muted">{r.organization}</p>
              <p>
                <strong>{ts(r.status)}</strong> · {t("applied", { date: formatDate(r.createdAt, locale) })}
              </p>
              {r.decisionMessage && <p>{t("message", { message: r.decisionMessage })}</p>}
              {r.agreementIssued && !r.agreementConfirmedAt && <p className="font-semibold">{t("agreementToConfirm")}</p>}
              {r.status === "accepted" && <p>{t("hours", { hours: hoursLabel(r.minutes, locale) })}</p>}
              {r.certificateCode && <p>{t("certificate", { code: r.certificateCode })}</p>}
              {["awaiting_consent", "submitted", "on_hold"].includes(r.status) && <WithdrawForm applicationId={r.id} offer={r.offer} />}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
