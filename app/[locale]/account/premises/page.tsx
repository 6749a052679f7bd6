import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageHeading } from "@/components/ui/PageHeading";
import { requirePermission } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { formatDate } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { myApplications } from "@/lib/premises/queries";

/** The applications for premises of the organizations one represents. */
export default async function MyPremisesPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const principal = await requirePermission(locale, "account.view", {}, "/account/premises");
  const rows = await myApplications(await getDb(), principal);
  const t = await getTranslations("premises");
  return (
    <div className="max-w-3xl">
      <PageHeading title={t("account.title")} lead={t("account.lead")} />
      <p className="mb-6">
        <Link href="/premises" className="text-brand-600 underline">
          {t("account.find")}
        </Link>
      </p>
      {rows.length === 0 ? (
        <p>{t("account.none")}</p>
      ) : (
        <ul className="space-y-3">
          {rows.map((a) => (
            <li key={a.id} className="rounded border border-gray-300 p-4">
              <h2 className="text-lg font-semibold">
                <Link href={`/account/premises/${a.id}`} className="text-brand-600 underline">
                  {t("account.open", { address: a.address })}
                </Link>
              </h2>
              <p>
                {a.organization} · {t("account.submitted")} {formatDate(a.createdAt, locale)} · {t(`statuses.${a.status}`)}
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
