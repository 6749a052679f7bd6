import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Notice } from "@/components/ui/Notice";
import { PageHeading } from "@/components/ui/PageHeading";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { formatDate } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { myMembershipOverview } from "@/lib/organizations/membership-queries";
import { ActionForm } from "@/components/organizations/FormParts";
import { respondToInvitationAction } from "./actions";
import { TableScroll } from "@/components/ui/TableScroll";

export async function generateMetadata({ params }: { params: Promise<{ locale: Locale }> }): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: "orgManage" }))("myTitle") };
}

export default async function MyOrganizationsPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<{ requested?: string }>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const principal = await requirePermission(locale, "account.view", {}, "/account/organizations");
  const t = await getTranslations("orgManage");
  const { requested } = await searchParams;
  const { memberships, invitations, requests } = await myMembershipOverview(await getDb(), principal);
  const h2 = "mb-3 mt-10 text-2xl font-bold";
  return (
    <div>
      {requested === "1" && <Notice tone="success">{t("joinSent")}</Notice>}
      <PageHeading title={t("myTitle")} />

      {invitations.length > 0 && (
        <section aria-labelledby="invitations-title" className="mb-8">
          <h2 id="invitations-title" className="mb-3 text-2xl font-bold">
            {t("myInvitations")}
          </h2>
          <ul className="space-y-4">
            {invitations.map((inv) => (
              <li key={inv.id} className="border-l-4 border-brand-600 pl-4">
                <p className="mb-2">
                  {t("invitationAs", { name: inv.organizationName, role: t(`roles.${inv.role}`) })} (
                  {t("expires", { date: formatDate(inv.expiresAt, locale) })})
                </p>
                <div className="flex flex-wrap gap-4">
                  <ActionForm
                    action={respondToInvitationAction}
                    hidden={{ invitationId: inv.id, decision: "accept" }}
                    button={t("accept")}
                    buttonLabel={inv.organizationName}
                    variant="primary"
                    success={t("accepted")}
                  />
                  <ActionForm
                    action={respondToInvitationAction}
                    hidden={{ invitationId: inv.id, decision: "decline" }}
                    button={t("decline")}
                    buttonLabel={inv.organizationName}
                    success={t("declined")}
                  />
                </div>
              </li>
            ))}
          </ul>
        </section>
      )}

      {memberships.length === 0 ? (
        <p className="mb-6">{t("myEmpty")}</p>
      ) : (
        <TableScroll label={t("myTitle")} className="mb-6">
          <table className="w-full max-w-4xl text-left">
            <thead>
              <tr className="border-b-2 border-gray-700">
                <th scope="col" className="py-2 pr-4">
                  {t("organization")}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t("memberRole")}
                </th>
                <th scope="col" className="py-2">
                  {t("statusLabel")}
                </th>
              </tr>
            </thead>
            <tbody>
              {memberships.map((org) => (
                <tr key={org.id} className="border-b border-gray-200">
                  <td className="py-2 pr-4">
                    {/* the name links to the management page: one cell per organization */}
                    <Link href={`/organizations/${org.id}/manage`} className="text-brand-700 underline">
                      {org.name}
                    </Link>
                  </td>
                  <td className="py-2 pr-4">{t(`roles.${org.role}`)}</td>
                  <td className="py-2">{t(`status.${org.verificationStatus}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      <ul className="mb-6 space-y-2">
        <li>
          <Link href="/organizations/new" className="font-semibold text-brand-700 underline">
            {t("registerNew")}
          </Link>
        </li>
        <li>
          <Link href="/organizations" className="text-brand-700 underline">
            {t("findToJoin")}
          </Link>
        </li>
        {can(principal, "organization.verify") && (
          <li>
            <Link href="/admin/organizations" className="text-brand-700 underline">
              {t("adminLink")}
            </Link>
          </li>
        )}
      </ul>

      {requests.length > 0 && (
        <section aria-labelledby="requests-title">
          <h2 id="requests-title" className={h2}>
            {t("myRequests")}
          </h2>
          <ul className="space-y-2">
            {requests.map((r) => (
              <li key={r.id}>
                {r.organizationName} — {t(`requestStatus.${r.status}`)} ({formatDate(r.createdAt, locale)}){r.reason ? `: ${r.reason}` : ""}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
