import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageHeading } from "@/components/ui/PageHeading";
import { Pagination } from "@/components/ui/Pagination";
import { auditFilterSchema, listAudit } from "@/lib/audit/queries";
import { requirePermission } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { formatDateTime } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { TableScroll } from "@/components/ui/TableScroll";

const input = "rounded border-2 border-gray-700 px-2 py-1.5";

export default async function AuditPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<Record<string, string>>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const principal = await requirePermission(locale, "admin.audit.view", {}, "/admin/audit");
  const raw = await searchParams;
  const filter = auditFilterSchema.parse(Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== "")));
  const t = await getTranslations("admin.audit");
  const result = await listAudit(await getDb(), principal, filter);
  return (
    <div>
      <PageHeading title={t("title")} lead={t("lead")} />
      <form noValidate method="get" className="mb-6 flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="audit-entity" className="mb-1 block text-sm font-semibold">
            {t("entityType")}
          </label>
          <select id="audit-entity" name="entityType" defaultValue={filter.entityType ?? ""} className={input}>
            <option value="">{t("any")}</option>
            {result.entityTypes.map((value) => (
              <option key={value} value={value}>
                {value}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="audit-action" className="mb-1 block text-sm font-semibold">
            {t("action")}
          </label>
          <select id="audit-action" name="action" defaultValue={filter.action ?? ""} className={input}>
            <option value="">{t("any")}</option>
            {result.actions.map((value) => (
              <option key={value} value={value}>
                {value}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="audit-actor" className="mb-1 block text-sm font-semibold">
            {t("actor")}
          </label>
          <input id="audit-actor" name="actor" type="search" defaultValue={filter.actor} className={input} />
        </div>
        <div>
          <label htmlFor="audit-from" className="mb-1 block text-sm font-semibold">
            {t("from")}
          </label>
          <input id="audit-from" name="from" type="date" defaultValue={filter.from} className={input} />
        </div>
        <div>
          <label htmlFor="audit-to" className="mb-1 block text-sm font-semibold">
            {t("to")}
          </label>
          <input id="audit-to" name="to" type="date" defaultValue={filter.to} className={input} />
        </div>
        <button type="submit" className="rounded bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700">
          {t("filter")}
        </button>
        <Link href="/admin/audit" className="py-2 text-brand-600 underline">
          {t("clear")}
        </Link>
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
                  {t("when")}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t("actor")}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t("action")}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t("entity")}
                </th>
                <th scope="col" className="py-2">
                  {t("change")}
                </th>
              </tr>
            </thead>
            <tbody>
              {result.rows.map((row) => (
                <tr key={row.id} className="border-b border-gray-200 align-top">
                  <td className="py-2 pr-3 whitespace-nowrap">{formatDateTime(row.at, locale)}</td>
                  <td className="py-2 pr-3">
                    {row.actorEmail ?? (row.actorSystem ? t("systemJob", { job: row.actorSystem }) : t("system"))}
                  </td>
                  <td className="py-2 pr-3 font-mono">{row.action}</td>
                  <td className="py-2 pr-3 font-mono">
                    {row.entityType} {row.entityId.slice(0, 8)}
                  </td>
                  <td className="py-2">
                    {row.before != null && (
                      <div>
                        <span className="font-semibold">{t("before")}:</span>{" "}
                        <code className="break-all">{JSON.stringify(row.before)}</code>
                      </div>
                    )}
                    {row.after != null && (
                      <div>
                        <span className="font-semibold">{t("after")}:</span> <code className="break-all">{JSON.stringify(row.after)}</code>
                      </div>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      <Pagination
        pathname="/admin/audit"
        query={{ entityType: filter.entityType, action: filter.action, actor: filter.actor, from: filter.from, to: filter.to }}
        page={result.page}
        pageCount={result.pageCount}
      />
    </div>
  );
}
