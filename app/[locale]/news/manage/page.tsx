import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ButtonForm, SettingsForm } from "@/components/news/Forms";
import { PageHeading } from "@/components/ui/PageHeading";
import { TableScroll } from "@/components/ui/TableScroll";
import { instantToWarsaw } from "@/lib/dates/warsaw";
import { loadPage } from "@/lib/http/page";
import { formatDateTime, formatDay } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { newsDesk } from "@/lib/news/queries";
import { changeQueueAction, saveSettingsAction } from "../actions";

export async function generateMetadata({ params }: { params: Promise<{ locale: Locale }> }): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: "news.manage" }))("title") };
}

/** Staff's news desk: the next three mailings' plan and the queue (reorder, hold, add), announcements to decide, every item, the settings. */
export default async function NewsDeskPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { items, pending, settings, queue, plan } = await loadPage(locale, "/news/manage", (db, principal) => newsDesk(db, principal));
  const t = await getTranslations("news");
  const titleOf = new Map(queue.map((q) => [q.id, q.title]));
  return (
    <div>
      <PageHeading title={t("manage.title")} lead={t("manage.lead")} />
      <p className="mb-8">
        <Link href="/news/manage/new" className="rounded bg-brand-600 px-4 py-2 font-semibold text-white no-underline hover:bg-brand-700">
          {t("manage.newItem")}
        </Link>
      </p>

      <section aria-labelledby="plan" className="mb-10">
        <h2 id="plan" className="mb-4 text-2xl font-bold">
          {t("manage.plan")}
        </h2>
        <div className="grid gap-4 md:grid-cols-3">
          {plan.map((day) => (
            <div key={day.day} className="border-2 border-gray-200 p-4" data-testid={`plan-${day.day}`}>
              <h3 className="mb-2 font-bold">
                {t("manage.planDay", { date: formatDay(day.day, locale), time: instantToWarsaw(day.sendAt).time })}
              </h3>
              {day.items.length === 0 ? (
                <p>{t("manage.planEmpty")}</p>
              ) : (
                <ol className="list-decimal space-y-1 pl-6">
                  {day.items.map((item) => (
                    <li key={item.id} className="[overflow-wrap:anywhere]">
                      {titleOf.get(item.id)}
                    </li>
                  ))}
                </ol>
              )}
              {day.short && day.items.length > 0 && (
                <p className="mt-2 text-sm text-muted">{t("manage.short", { min: settings.minItems })}</p>
              )}
            </div>
          ))}
        </div>
      </section>

      <section aria-labelledby="queue" className="mb-10">
        <h2 id="queue" className="mb-4 text-2xl font-bold">
          {t("manage.queue")}
        </h2>
        {queue.length === 0 ? (
          <p>{t("manage.queueEmpty")}</p>
        ) : (
          <ol className="space-y-3">
            {queue.map((q) => (
              <li key={q.id} className="flex flex-wrap items-center gap-3 border-b border-gray-200 pb-3">
                <span className="min-w-0 grow font-semibold [overflow-wrap:anywhere]">
                  {q.title}
                  {q.mailStatus === "held" && <span className="ml-2 text-sm font-normal text-muted">({t("manage.held")})</span>}
                </span>
                {(["up", "down", q.mailStatus === "held" ? "release" : "hold", "remove"] as const).map((action) => (
                  <ButtonForm
                    key={action}
                    action={changeQueueAction}
                    fields={{ id: q.id, action }}
                    label={t(`manage.actions.${action}`)}
                    accessibleLabel={t("manage.actionLabel", { action: t(`manage.actions.${action}`), title: q.title })}
                    variant="secondary"
                  />
                ))}
              </li>
            ))}
          </ol>
        )}
      </section>

      <section aria-labelledby="pending" className="mb-10">
        <h2 id="pending" className="mb-4 text-2xl font-bold">
          {t("manage.pending")}
        </h2>
        {pending.length === 0 ? (
          <p>{t("manage.noPending")}</p>
        ) : (
          <ul className="list-disc space-y-1 pl-6">
            {pending.map((a) => (
              <li key={a.id} className="[overflow-wrap:anywhere]">
                <Link href={`/news/manage/announcements/${a.id}`} className="text-brand-600 underline">
                  {a.title}
                </Link>{" "}
                — {a.organizationName} ({t(`kinds.${a.kind}`)}, {formatDateTime(a.createdAt, locale)})
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="items" className="mb-10">
        <h2 id="items" className="mb-4 text-2xl font-bold">
          {t("manage.items")}
        </h2>
        {items.length === 0 ? (
          <p>{t("manage.noItems")}</p>
        ) : (
          <TableScroll label={t("manage.items")}>
            <table className="w-full border-collapse text-left">
              <thead>
                <tr className="border-b-2 border-gray-700">
                  <th scope="col" className="p-2">
                    {t("manage.col.title")}
                  </th>
                  <th scope="col" className="p-2">
                    {t("manage.col.type")}
                  </th>
                  <th scope="col" className="p-2">
                    {t("manage.col.status")}
                  </th>
                  <th scope="col" className="p-2">
                    {t("manage.col.mail")}
                  </th>
                  <th scope="col" className="p-2">
                    {t("manage.col.publishAt")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {items.map((item) => (
                  <tr key={item.id} className="border-b border-gray-200">
                    <td className="p-2 [overflow-wrap:anywhere]">
                      <Link href={`/news/manage/${item.id}`} className="text-brand-600 underline">
                        {item.title}
                      </Link>
                      {item.sourceKind && <span className="ml-1 text-sm text-muted">({t(`manage.source.${item.sourceKind}`)})</span>}
                      {item.organizationName && <span className="block text-sm text-muted">{item.organizationName}</span>}
                    </td>
                    <td className="p-2">{t(`types.${item.type}`)}</td>
                    <td className="p-2">{t(`manage.status.${item.status}`)}</td>
                    <td className="p-2">{t(`manage.mailStatus.${item.mailStatus}`)}</td>
                    <td className="p-2">{item.publishAt ? formatDateTime(item.publishAt, locale) : "—"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </section>

      <section aria-labelledby="settings">
        <h2 id="settings" className="mb-4 text-2xl font-bold">
          {t("manage.settings")}
        </h2>
        <SettingsForm action={saveSettingsAction} settings={settings} />
      </section>
    </div>
  );
}
