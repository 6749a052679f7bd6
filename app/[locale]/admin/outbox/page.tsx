import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageHeading } from "@/components/ui/PageHeading";
import { Pagination } from "@/components/ui/Pagination";
import { requirePermission } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { formatDateTime, formatNumber } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { listOutbox, outboxStates } from "@/lib/mail/queries";
import { TableScroll } from "@/components/ui/TableScroll";

export default async function OutboxPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<{ to?: string; state?: string; page?: string }>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const principal = await requirePermission(locale, "admin.outbox.view", {}, "/admin/outbox");
  const query = await searchParams;
  const t = await getTranslations("admin.outbox");
  const result = await listOutbox(await getDb(), principal, { to: query.to, state: query.state, page: Number(query.page) || 1 });
  const counts = Object.fromEntries(Object.entries(result.counts).map(([k, v]) => [k, formatNumber(v, locale)]));
  return (
    <div>
      <PageHeading title={t("title")} lead={t("lead")} />
      <p className="mb-2 font-semibold">{process.env.SMTP_URL ? t("smtpOn") : t("smtpOff")}</p>
      <p className="mb-4" data-testid="outbox-counts">
        {t("counts", counts)}
      </p>
      <form noValidate method="get" role="search" className="mb-6 flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="outbox-to" className="mb-1 block font-semibold">
            {t("search")}
          </label>
          <input id="outbox-to" name="to" type="search" defaultValue={query.to} className="rounded border-2 border-gray-700 px-3 py-2" />
        </div>
        <div>
          <label htmlFor="outbox-state" className="mb-1 block font-semibold">
            {t("state")}
          </label>
          <select id="outbox-state" name="state" defaultValue={result.state ?? ""} className="rounded border-2 border-gray-700 px-3 py-2">
            <option value="">{t("anyState")}</option>
            {outboxStates.map((s) => (
              <option key={s} value={s}>
                {t(`states.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="rounded bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700">
          {t("filter")}
        </button>
      </form>
      {result.rows.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <TableScroll label={t("title")}>
          <table className="w-full text-left text-sm">
            <thead>
              <tr className="border-b-2 border-gray-700">
                <th scope="col" className="py-2 pr-3">
                  {t("created")}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t("to")}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t("subject")}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t("kind")}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t("state")}
                </th>
                <th scope="col" className="py-2 pr-3 text-right">
                  {t("attempts")}
                </th>
                <th scope="col" className="py-2">
                  {t("lastError")}
                </th>
              </tr>
            </thead>
            <tbody>
              {result.rows.map((mail) => (
                <tr key={mail.id} className="border-b border-gray-200 align-top" data-testid="outbox-row">
                  <td className="py-2 pr-3 whitespace-nowrap">{formatDateTime(mail.createdAt, locale)}</td>
                  <td className="py-2 pr-3">{mail.to}</td>
                  <td className="py-2 pr-3">
                    <Link href={`/admin/outbox/${mail.id}`} className="text-brand-600 underline">
                      {mail.subject}
                    </Link>
                  </td>
                  <td className="py-2 pr-3 font-mono">{mail.kind}</td>
                  <td className="py-2 pr-3" data-testid="outbox-state">
                    <span className={mail.state === "failed" ? "font-semibold text-red-800" : undefined}>{t(`states.${mail.state}`)}</span>
                    {mail.sentAt && <span className="block whitespace-nowrap">{formatDateTime(mail.sentAt, locale)}</span>}
                    {mail.state === "queued" && mail.attempts > 0 && (
                      <span className="block whitespace-nowrap">
                        {t("nextAttempt")}: {formatDateTime(mail.nextAttemptAt, locale)}
                      </span>
                    )}
                  </td>
                  <td className="py-2 pr-3 text-right">{formatNumber(mail.attempts, locale)}</td>
                  <td className="py-2 break-all">{mail.lastError ?? "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      <Pagination pathname="/admin/outbox" query={{ to: query.to, state: result.state }} page={result.page} pageCount={result.pageCount} />
    </div>
  );
}
