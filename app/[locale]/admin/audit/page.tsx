import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageHeading } from "@/components/ui/PageHeading";
import { Pagination } from "@/components/ui/Pagination";
import { auditActionMessageKey, auditEntityTypeMessageKey, auditObjectHref, auditObjectLabel } from "@/lib/audit/describe";
import { auditFilterSchema, listAudit } from "@/lib/audit/queries";
import { requirePermission } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { formatDateTime } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { TableScroll } from "@/components/ui/TableScroll";

// (max-w-full: the long names of actions must not widen a phone's page)
const input = "max-w-full rounded border-2 border-gray-700 px-2 py-1.5";

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
  const words = await getTranslations("auditLog");
  const entityTypeName = (value: string) => {
    const key = auditEntityTypeMessageKey(value);
    return key ? words(key) : value;
  };
  const actionName = (value: string) => {
    const key = auditActionMessageKey(value);
    return key ? words(`${key}.name`) : value;
  };
  const result = await listAudit(await getDb(), principal, filter);
  type Row = (typeof result.rows)[number];
  // "Anna Nowak — ocena oferty „…”": the actor and the object's name in the action's message, the object linked to its page
  const describe = (row: Row) => {
    const actor = row.actorName ?? row.actorEmail ?? (row.actorSystem ? words("systemJob", { job: row.actorSystem }) : words("system"));
    const object = auditObjectLabel(row.entityId, row.object?.name);
    const href = auditObjectHref(row.entityType, row.entityId, row.object?.context ?? null);
    const link = (chunks: React.ReactNode) =>
      href ? (
        <Link href={href} className="text-brand-600 underline">
          {chunks}
        </Link>
      ) : (
        chunks
      );
    const key = auditActionMessageKey(row.action);
    return key
      ? words.rich(`${key}.phrase`, { actor, object, link })
      : words.rich("unknownAction", { actor, object, action: row.action, link });
  };
  return (
    <div>
      <PageHeading title={t("title")} lead={t("lead")} />
      <form noValidate method="get" className="mb-6 flex flex-wrap items-end gap-3">
        <div className="max-w-full">
          <label htmlFor="audit-entity" className="mb-1 block text-sm font-semibold">
            {t("entityType")}
          </label>
          <select id="audit-entity" name="entityType" defaultValue={filter.entityType ?? ""} className={input}>
            <option value="">{t("any")}</option>
            {result.entityTypes.map((value) => (
              <option key={value} value={value}>
                {entityTypeName(value)}
              </option>
            ))}
          </select>
        </div>
        <div className="max-w-full">
          <label htmlFor="audit-action" className="mb-1 block text-sm font-semibold">
            {t("action")}
          </label>
          <select id="audit-action" name="action" defaultValue={filter.action ?? ""} className={input}>
            <option value="">{t("any")}</option>
            {result.actions.map((value) => (
              <option key={value} value={value}>
                {actionName(value)}
              </option>
            ))}
          </select>
        </div>
        <div className="max-w-full">
          <label htmlFor="audit-actor" className="mb-1 block text-sm font-semibold">
            {t("actor")}
          </label>
          <input id="audit-actor" name="actor" type="search" defaultValue={filter.actor} className={input} />
        </div>
        <div className="max-w-full">
          <label htmlFor="audit-from" className="mb-1 block text-sm font-semibold">
            {t("from")}
          </label>
          <input id="audit-from" name="from" type="date" defaultValue={filter.from} className={input} />
        </div>
        <div className="max-w-full">
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
                    {describe(row)}
                    {row.actorEmail && <span className="block text-gray-700">{row.actorEmail}</span>}
                  </td>
                  <td className="py-2 pr-3">{entityTypeName(row.entityType)}</td>
                  <td className="py-2">
                    <details>
                      <summary className="cursor-pointer text-brand-600 underline">{words("raw")}</summary>
                      <pre className="mt-2 max-w-md overflow-x-auto text-xs whitespace-pre-wrap break-all">
                        {JSON.stringify(
                          { action: row.action, entityType: row.entityType, entityId: row.entityId, before: row.before, after: row.after },
                          null,
                          2,
                        )}
                      </pre>
                    </details>
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
