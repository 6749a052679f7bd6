import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageHeading } from "@/components/ui/PageHeading";
import { Pagination } from "@/components/ui/Pagination";
import { listUsers } from "@/lib/accounts/admin";
import { requirePermission } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { formatDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/routing";
import { EndSessionsForm } from "./EndSessionsForm";
import { UserActions } from "./UserActions";
import { TableScroll } from "@/components/ui/TableScroll";

export default async function AdminUsersPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<{ q?: string; page?: string }>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const principal = await requirePermission(locale, "admin.users.list", {}, "/admin/users");
  const query = await searchParams;
  const t = await getTranslations("admin.users");
  const result = await listUsers(await getDb(), principal, { q: query.q, page: Number(query.page) || 1 });
  return (
    <div>
      <PageHeading title={t("title")} />
      <form noValidate method="get" role="search" className="mb-6 flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="users-q" className="mb-1 block font-semibold">
            {t("search")}
          </label>
          <input
            id="users-q"
            name="q"
            type="search"
            defaultValue={query.q}
            className="w-80 max-w-full rounded border-2 border-gray-700 px-3 py-2"
          />
        </div>
        <button type="submit" className="rounded bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700">
          {t("submitSearch")}
        </button>
      </form>
      <p className="mb-3" role="status">
        {t("results", { count: result.total })}
      </p>
      {result.rows.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <TableScroll label={t("title")}>
          <table className="w-full text-left text-sm">
            <thead>
              <tr className="border-b-2 border-gray-700">
                <th scope="col" className="py-2 pr-3">
                  {t("name")}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t("email")}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t("role")}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t("status")}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t("created")}
                </th>
                <th scope="col" className="py-2">
                  {t("actions")}
                </th>
              </tr>
            </thead>
            <tbody>
              {result.rows.map((user) => (
                <tr key={user.id} className="border-b border-gray-200 align-top">
                  <td className="py-2 pr-3">
                    {user.name} {user.id === principal.userId && <span className="text-muted">{t("you")}</span>}
                  </td>
                  <td className="py-2 pr-3">{user.email}</td>
                  <td className="py-2 pr-3">
                    {[user.isAdmin && t("admin"), user.isCentreStaff && t("centreStaff")].filter(Boolean).join(", ") || t("resident")}
                  </td>
                  <td className="py-2 pr-3">
                    {user.active ? t("active") : <strong>{t("inactive")}</strong>}
                    {!user.emailVerifiedAt && <span className="block text-muted">{t("unverified")}</span>}
                  </td>
                  <td className="py-2 pr-3">{formatDate(user.createdAt, locale)}</td>
                  <td className="py-2">
                    {user.id !== principal.userId && (
                      <>
                        <UserActions
                          userId={user.id}
                          name={user.name}
                          isAdmin={user.isAdmin}
                          isCentreStaff={user.isCentreStaff}
                          active={user.active}
                        />
                        <EndSessionsForm userId={user.id} name={user.name} />
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      <Pagination pathname="/admin/users" query={{ q: query.q }} page={result.page} pageCount={result.pageCount} />
    </div>
  );
}
