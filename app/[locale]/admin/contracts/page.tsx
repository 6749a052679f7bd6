import { getTranslations, setRequestLocale } from "next-intl/server";
import { ButtonForm } from "@/components/contracts/Forms";
import { day, money } from "@/components/contracts/format";
import { PageHeading } from "@/components/ui/PageHeading";
import { requirePermission } from "@/lib/auth/session";
import { adminContracts, contractableOffers } from "@/lib/contracts/queries";
import { getDb } from "@/lib/db/client";
import { contractStatuses } from "@/lib/contracts/rules";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { createContractAction } from "./actions";
import { TableScroll } from "@/components/ui/TableScroll";

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The administrator's contracts: every contract by status, and granted offers still without one. */
export default async function AdminContractsPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const principal = await requirePermission(locale, "contract.manage", {}, "/admin/contracts");
  const sp = await searchParams;
  const status = typeof sp.status === "string" ? sp.status : "";
  const db = await getDb();
  const [t, rows, offers] = await Promise.all([
    getTranslations("contracts"),
    adminContracts(db, principal, { status }),
    contractableOffers(db, principal),
  ]);
  return (
    <div>
      <PageHeading title={t("admin.title")} lead={t("admin.lead")} />
      <section aria-labelledby="granted-offers" className="mb-10">
        <h2 id="granted-offers" className="mb-2 text-2xl font-bold">
          {t("admin.offersTitle")}
        </h2>
        <p className="mb-4 max-w-3xl">{t("admin.offersLead")}</p>
        {offers.length === 0 ? (
          <p>{t("admin.noOffers")}</p>
        ) : (
          <TableScroll label={t("admin.offersTitle")}>
            <table className="w-full border-collapse text-left text-sm">
              <caption className="sr-only">{t("admin.offersTitle")}</caption>
              <thead>
                <tr className="border-b-2 border-gray-700">
                  <th scope="col" className="py-2 pr-2">
                    {t("admin.competition")}
                  </th>
                  <th scope="col" className="py-2 pr-2">
                    {t("fields.title")}
                  </th>
                  <th scope="col" className="py-2 pr-2">
                    {t("fields.organization")}
                  </th>
                  <th scope="col" className="py-2 pr-2 text-right">
                    {t("admin.granted")}
                  </th>
                  <th scope="col" className="py-2 pr-2">
                    {t("admin.actions")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {offers.map((o) => (
                  <tr key={o.id} className="border-b border-gray-200 align-top">
                    <td className="py-2 pr-2 font-mono">{o.competitionNumber}</td>
                    <td className="py-2 pr-2">
                      <Link href={`/offers/${o.id}`} className="text-brand-700 underline">
                        {o.title}
                      </Link>
                    </td>
                    <td className="py-2 pr-2">{o.organizationName}</td>
                    <td className="py-2 pr-2 text-right">{money(o.grantedGrosze ?? 0, locale)}</td>
                    <td className="py-2 pr-2">
                      {o.status === "awaiting_update" ? (
                        <p data-testid="awaiting-update">
                          <span className="font-semibold">{t(`admin.awaitingUpdate.${o.budgetUpdateStatus ?? "none"}`)}</span>
                          <span className="block">{t("admin.awaitingUpdateLead")}</span>
                          {o.budgetUpdateStatus === "submitted" && (
                            <Link href={`/admin/budget-updates/${o.id}`} className="text-brand-700 underline">
                              {t("admin.reviewUpdate")}
                              <span className="sr-only"> {t("admin.createForSr", { title: o.title })}</span>
                            </Link>
                          )}
                        </p>
                      ) : (
                        <ButtonForm
                          action={createContractAction}
                          hidden={{ offerId: o.id }}
                          variant="secondary"
                          label={
                            <>
                              {t("admin.createFor")}
                              <span className="sr-only"> {t("admin.createForSr", { title: o.title })}</span>
                            </>
                          }
                        />
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </section>

      <section aria-labelledby="contracts-list">
        <h2 id="contracts-list" className="mb-4 text-2xl font-bold">
          {t("admin.list")}
        </h2>
        <form noValidate method="get" className="mb-4 flex flex-wrap items-end gap-4">
          <div>
            <label htmlFor="filter-status" className="mb-1 block font-semibold">
              {t("admin.filterStatus")}
            </label>
            <select id="filter-status" name="status" defaultValue={status} className="rounded border-2 border-gray-700 px-3 py-2">
              <option value="">{t("admin.any")}</option>
              {contractStatuses.map((s) => (
                <option key={s} value={s}>
                  {t(`statuses.${s}`)}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="rounded bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700">
            {t("admin.apply")}
          </button>
        </form>
        {rows.length === 0 ? (
          <p>{t("admin.none")}</p>
        ) : (
          <TableScroll label={t("admin.list")}>
            <table className="w-full border-collapse text-left text-sm">
              <caption className="sr-only">{t("admin.list")}</caption>
              <thead>
                <tr className="border-b-2 border-gray-700">
                  <th scope="col" className="py-2 pr-2">
                    {t("fields.number")}
                  </th>
                  <th scope="col" className="py-2 pr-2">
                    {t("fields.title")}
                  </th>
                  <th scope="col" className="py-2 pr-2">
                    {t("fields.organization")}
                  </th>
                  <th scope="col" className="py-2 pr-2">
                    {t("fields.period")}
                  </th>
                  <th scope="col" className="py-2 pr-2 text-right">
                    {t("fields.totalGrant")}
                  </th>
                  <th scope="col" className="py-2 pr-2">
                    {t("fields.status")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((c) => (
                  <tr key={c.id} className="border-b border-gray-200 align-top">
                    <td className="py-2 pr-2 font-mono">
                      <Link href={`/admin/contracts/${c.id}`} className="text-brand-700 underline">
                        {c.number}
                      </Link>
                    </td>
                    <td className="py-2 pr-2">{c.title}</td>
                    <td className="py-2 pr-2">{c.organizationName}</td>
                    <td className="py-2 pr-2">
                      {day(c.startDate, locale)} – {day(c.endDate, locale)}
                    </td>
                    <td className="py-2 pr-2 text-right">{money(c.totalGrantGrosze, locale)}</td>
                    <td className="py-2 pr-2">{t(`statuses.${c.status}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </section>
    </div>
  );
}
