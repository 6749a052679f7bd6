import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageHeading } from "@/components/ui/PageHeading";
import { requirePermission } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { formatDateTime } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { allPendingJoinRequests, verificationQueue } from "@/lib/organizations/verification";
import { ActionForm } from "@/components/organizations/FormParts";
import { JoinDecision } from "@/components/organizations/JoinDecision";
import { adminDecideJoinAction, refuseOrganizationAction, verifyOrganizationAction } from "./actions";

export async function generateMetadata({ params }: { params: Promise<{ locale: Locale }> }): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: "orgManage" }))("adminTitle") };
}

export default async function AdminOrganizationsPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const principal = await requirePermission(locale, "organization.verify", {}, "/admin/organizations");
  const [t, forms] = await Promise.all([getTranslations("orgManage"), getTranslations("organization.legalForms")]);
  const db = await getDb();
  const [queue, requests] = await Promise.all([verificationQueue(db, principal), allPendingJoinRequests(db, principal)]);
  const h2 = "mb-3 mt-10 text-2xl font-bold";
  return (
    <div>
      <PageHeading title={t("adminTitle")} lead={t("adminLead")} />
      <h2 className="mb-3 text-2xl font-bold">{t("tools")}</h2>
      <ul className="mb-6 space-y-2">
        <li>
          <Link href="/admin/organizations/import" className="text-brand-700 underline">
            {t("importLink")}
          </Link>
        </li>
        <li>
          {/* a route handler, not a page: a plain link downloads the file */}
          <a href="/api/admin/organizations.csv" className="text-brand-700 underline" download>
            {t("exportAll")}
          </a>
        </li>
      </ul>

      <h2 className={h2}>{t("queue")}</h2>
      {queue.length === 0 ? (
        <p>{t("queueEmpty")}</p>
      ) : (
        <ul className="space-y-6">
          {queue.map((org) => (
            <li key={org.id} className="border-l-4 border-brand-600 pl-4">
              <h3 className="text-xl font-bold">
                <Link href={`/organizations/${org.id}/manage`} className="text-brand-700 underline">
                  {org.name}
                </Link>
              </h3>
              <dl className="my-2 grid max-w-2xl grid-cols-[auto_1fr] gap-x-4 text-sm">
                <dt className="font-semibold">{t("fields.legalForm")}</dt>
                <dd>{forms(org.legalForm)}</dd>
                <dt className="font-semibold">{t("identifiers")}</dt>
                <dd>
                  {[org.krs && `KRS ${org.krs}`, org.nip && `NIP ${org.nip}`, org.regon && `REGON ${org.regon}`].filter(Boolean).join(", ")}
                </dd>
                <dt className="font-semibold">{t("registeredAt")}</dt>
                <dd>{formatDateTime(org.createdAt, locale)}</dd>
                <dt className="font-semibold">{t("owners")}</dt>
                <dd>{org.owners.join(", ")}</dd>
              </dl>
              <div className="flex flex-col gap-3">
                <ActionForm
                  action={verifyOrganizationAction}
                  hidden={{ organizationId: org.id }}
                  button={t("verify")}
                  buttonLabel={org.name}
                  variant="primary"
                  success={t("verifiedDone")}
                />
                <details>
                  <summary className="cursor-pointer text-brand-700 underline">{t("refuseOrg")}</summary>
                  <div className="mt-2">
                    <ActionForm
                      action={refuseOrganizationAction}
                      hidden={{ organizationId: org.id }}
                      button={t("refuseOrg")}
                      buttonLabel={org.name}
                      variant="danger"
                      success={t("refusedDone")}
                    >
                      <div>
                        <label htmlFor={`reason-${org.id}`} className="mb-1 block text-sm font-semibold">
                          {t("refuseOrgReason")}
                        </label>
                        <textarea
                          id={`reason-${org.id}`}
                          name="reason"
                          rows={2}
                          required
                          className="w-full max-w-md rounded border-2 border-gray-700 px-2 py-1"
                        />
                      </div>
                    </ActionForm>
                  </div>
                </details>
              </div>
            </li>
          ))}
        </ul>
      )}

      <h2 className={h2}>{t("allJoinRequests")}</h2>
      {requests.length === 0 ? (
        <p>{t("noJoinRequests")}</p>
      ) : (
        <ul className="space-y-6">
          {requests.map((r) => (
            <li key={r.id} className="border-l-4 border-gray-300 pl-4">
              <p>
                <span className="font-semibold">{r.userName}</span> ({r.userEmail}) → {r.organizationName}
              </p>
              <p className="text-sm text-muted">{t("requestedAt", { date: formatDateTime(r.createdAt, locale) })}</p>
              {r.message && <blockquote className="my-2 border-l-2 border-gray-300 pl-3 italic">{r.message}</blockquote>}
              <JoinDecision action={adminDecideJoinAction} requestId={r.id} name={`${r.userName}, ${r.organizationName}`} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
