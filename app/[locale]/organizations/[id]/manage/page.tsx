import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Notice } from "@/components/ui/Notice";
import { PageHeading } from "@/components/ui/PageHeading";
import { requirePermission } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { formatDate, formatDateTime } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { organizationDashboard } from "@/lib/organizations/membership-queries";
import { ActionForm } from "@/components/organizations/FormParts";
import { changeMemberAction, decideJoinAction, revokeInvitationAction } from "./actions";
import { InviteForm } from "./InviteForm";
import { JoinDecision } from "@/components/organizations/JoinDecision";
import { pageId } from "@/lib/http/page";
import { TableScroll } from "@/components/ui/TableScroll";

type Params = Promise<{ locale: Locale; id: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: "orgManage" }))("manageTitle") };
}

export default async function ManageOrganizationPage({
  params,
  searchParams,
}: {
  params: Params;
  searchParams: Promise<{ registered?: string }>;
}) {
  const { locale } = await params;
  const id = pageId((await params).id);
  setRequestLocale(locale);
  const principal = await requirePermission(locale, "organization.members.view", { organizationId: id }, `/organizations/${id}/manage`);
  const data = await organizationDashboard(await getDb(), principal, id);
  if (!data) notFound();
  const { registered } = await searchParams;
  const t = await getTranslations("orgManage");
  const { organization: org, members, requests, invitations, canManage, canDecide } = data;
  const h2 = "mb-3 mt-10 text-2xl font-bold";
  return (
    <div>
      {registered === "1" && <Notice tone="success">{t("registered")}</Notice>}
      <PageHeading title={org.name} lead={t("manageTitle")} />
      <dl className="mb-6">
        <dt className="font-semibold">{t("statusLabel")}</dt>
        <dd>{t(`status.${org.verificationStatus}`)}</dd>
        {org.verificationStatus === "refused" && org.verificationNote && <dd>{t("refusedReason", { reason: org.verificationNote })}</dd>}
      </dl>
      <ul className="mb-6 flex flex-wrap gap-4">
        <li>
          <Link href={`/organizations/${id}/manage/profile`} className="font-semibold text-brand-700 underline">
            {t("editProfile")}
          </Link>
        </li>
        {org.verificationStatus === "verified" && (
          <li>
            <Link href={`/organizations/${id}`} className="text-brand-700 underline">
              {t("publicProfile")}
            </Link>
          </li>
        )}
      </ul>

      <h2 className={h2}>{t("members")}</h2>
      <p className="mb-3 max-w-3xl text-muted">{t("rolesNote")}</p>
      <TableScroll label={t("members")}>
        <table className="w-full max-w-4xl text-left">
          <thead>
            <tr className="border-b-2 border-gray-700">
              <th scope="col" className="py-2 pr-4">
                {t("memberName")}
              </th>
              <th scope="col" className="py-2 pr-4">
                {t("memberRole")}
              </th>
              {canManage && (
                <th scope="col" className="py-2">
                  {t("memberActions")}
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {members.map((m) => (
              <tr key={m.userId} className="border-b border-gray-200 align-top">
                <td className="py-2 pr-4">
                  {m.name}
                  <br />
                  <span className="text-sm text-muted">{m.email}</span>
                </td>
                <td className="py-2 pr-4">{t(`roles.${m.role}`)}</td>
                {canManage && (
                  <td className="space-y-2 py-2">
                    <ActionForm
                      action={changeMemberAction}
                      hidden={{ organizationId: id, userId: m.userId, action: m.role === "owner" ? "setEditor" : "setOwner" }}
                      button={m.role === "owner" ? t("setEditor") : t("setOwner")}
                      buttonLabel={m.name}
                      success={t("memberChanged")}
                    />
                    <ActionForm
                      action={changeMemberAction}
                      hidden={{ organizationId: id, userId: m.userId, action: "remove" }}
                      button={t("remove")}
                      buttonLabel={m.name}
                      variant="danger"
                      success={t("memberChanged")}
                    />
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>

      {canManage && (
        <>
          <h2 className={h2}>{t("invite")}</h2>
          <InviteForm organizationId={id} />
          {invitations.length > 0 && (
            <>
              <h3 className="mb-2 mt-6 text-xl font-bold">{t("pendingInvitations")}</h3>
              <ul className="space-y-3">
                {invitations.map((inv) => (
                  <li key={inv.id} className="border-l-4 border-gray-300 pl-3">
                    <p>
                      {inv.email} — {t(`roles.${inv.role}`)} ({t("expires", { date: formatDate(inv.expiresAt, locale) })})
                    </p>
                    <ActionForm
                      action={revokeInvitationAction}
                      hidden={{ invitationId: inv.id }}
                      button={t("revoke")}
                      buttonLabel={inv.email}
                      success={t("memberChanged")}
                    />
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}

      {canDecide && (
        <>
          <h2 className={h2}>{t("joinRequests")}</h2>
          {requests.length === 0 ? (
            <p>{t("noJoinRequests")}</p>
          ) : (
            <ul className="space-y-6">
              {requests.map((r) => (
                <li key={r.id} className="border-l-4 border-brand-600 pl-4">
                  <p className="font-semibold">
                    {r.name} <span className="font-normal text-muted">({r.email})</span>
                  </p>
                  <p className="text-sm text-muted">{t("requestedAt", { date: formatDateTime(r.createdAt, locale) })}</p>
                  {r.message && <blockquote className="my-2 border-l-2 border-gray-300 pl-3 italic">{r.message}</blockquote>}
                  <JoinDecision action={decideJoinAction} requestId={r.id} name={r.name} />
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </div>
  );
}
