import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageHeading } from "@/components/ui/PageHeading";
import { TableScroll } from "@/components/ui/TableScroll";
import { requirePermission } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { formatDate } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { ActionForm } from "@/components/forms/ActionForm";
import { activeDistrictOptions, allApplications, premisesForStaff } from "@/lib/premises/queries";
import { offerAction } from "./actions";
import { AddPremisesForm, PhotoForm } from "./PremisesForms";

/** Staff: the applications to decide (undecided first), the offer, adding premises and photos. */
export default async function ManagePremisesPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const principal = await requirePermission(locale, "premises.manage", {}, "/centre/manage/premises");
  const db = await getDb();
  const [applications, offered, districts] = await Promise.all([
    allApplications(db, principal),
    premisesForStaff(db, principal),
    activeDistrictOptions(db),
  ]);
  const t = await getTranslations("premises");
  return (
    <div>
      <PageHeading title={t("manage.title")} lead={t("manage.lead")} />
      <section aria-labelledby="applications" className="mb-10">
        <h2 id="applications" className="mb-3 text-2xl font-semibold">
          {t("manage.applicationsTitle")}
        </h2>
        {applications.length === 0 ? (
          <p>{t("manage.none")}</p>
        ) : (
          <TableScroll labelledBy="applications">
            <table className="w-full text-left text-sm">
              <thead>
                <tr>
                  <th scope="col" className="p-2">
                    {t("apply.organization")}
                  </th>
                  <th scope="col" className="p-2">
                    {t("list.address")}
                  </th>
                  <th scope="col" className="p-2">
                    {t("account.submitted")}
                  </th>
                  <th scope="col" className="p-2">
                    {t("account.status")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {applications.map((a) => (
                  <tr key={a.id} className="border-t border-gray-200">
                    <td className="p-2">{a.organization}</td>
                    <td className="p-2">{a.address}</td>
                    <td className="p-2">{formatDate(a.createdAt, locale)}</td>
                    <td className="p-2">
                      <Link
                        href={`/centre/manage/premises/applications/${a.id}`}
                        className="text-brand-600 underline"
                        aria-label={t("manage.decideLabel", {
                          action: a.status === "submitted" ? t("manage.decide") : t(`statuses.${a.status}`),
                          organization: a.organization,
                          address: a.address,
                        })}
                      >
                        {a.status === "submitted" ? t("manage.decide") : t(`statuses.${a.status}`)}
                      </Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </section>
      <section aria-labelledby="offer" className="mb-10">
        <h2 id="offer" className="mb-3 text-2xl font-semibold">
          {t("manage.premisesTitle")}
        </h2>
        <ul className="mb-6 list-disc pl-6">
          {offered.map((p) => (
            <li key={p.id} className="mb-3">
              <Link href={`/premises/${p.id}`} className="text-brand-600 underline">
                {p.address}
              </Link>{" "}
              ({p.district}
              {p.status === "withdrawn" && `, ${t("manage.statusWithdrawn")}`})
              <div className="mt-1">
                <ActionForm
                  action={offerAction}
                  fields={{ premisesId: p.id, offered: String(p.status === "withdrawn") }}
                  label={p.status === "withdrawn" ? t("manage.offerAgain") : t("manage.withdraw")}
                  accessibleLabel={t(p.status === "withdrawn" ? "manage.offerAgainFor" : "manage.withdrawFor", { address: p.address })}
                  done={p.status === "withdrawn" ? t("manage.offeredAgain") : t("manage.withdrawn")}
                  variant="secondary"
                  namespace="premises.errors"
                />
              </div>
            </li>
          ))}
        </ul>
        {offered.length > 0 && <PhotoForm premises={offered.map((p) => ({ value: p.id, label: p.address }))} />}
      </section>
      <section aria-labelledby="add">
        <h2 id="add" className="mb-3 text-2xl font-semibold">
          {t("manage.add")}
        </h2>
        <AddPremisesForm districts={districts} />
      </section>
    </div>
  );
}
