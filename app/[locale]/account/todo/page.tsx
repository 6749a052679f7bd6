import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageHeading } from "@/components/ui/PageHeading";
import { requirePermission } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { formatNumber } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { todoPage } from "@/lib/todo/queries";
import { urgencyOf, type TodoItem } from "@/lib/todo/rules";
import { deadlineKey, formatDeadline, itemValues, kindKey } from "@/lib/todo/text";

/** Where log-in lands: what waits for the person, one section per role, the most urgent first (lib/todo). */
export default async function TodoPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const principal = await requirePermission(locale, "account.view", {}, "/account/todo");
  const now = new Date();
  const { total, sections } = await todoPage(await getDb(), principal, now);
  const t = await getTranslations("todo");

  const renderItem = (item: TodoItem) => {
    const urgency = urgencyOf(item, now);
    return (
      <li key={item.key} className="border-b border-gray-300 py-4 first:pt-0">
        <p className="mb-1 font-semibold">
          <Link href={item.href} className="text-brand-600 underline">
            {t(kindKey(item.kind), itemValues(item, locale))}
          </Link>
        </p>
        <p className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
          <span>{t("count", { count: item.count })}</span>
          <span>{item.deadline ? t(deadlineKey(item.kind), { date: formatDeadline(item.deadline, locale) }) : t("noDeadline")}</span>
          {(urgency === "overdue" || urgency === "soon") && (
            <strong
              className={`rounded px-2 py-0.5 font-semibold uppercase tracking-wide ${
                urgency === "overdue" ? "bg-red-100 text-red-900" : "bg-yellow-100 text-yellow-900"
              }`}
            >
              {t(`urgency.${urgency}`)}
            </strong>
          )}
        </p>
      </li>
    );
  };

  return (
    <div className="max-w-3xl">
      <PageHeading title={t("title")} lead={total > 0 ? t("lead") : undefined} />
      {total === 0 ? (
        <div className="mb-8 border-l-4 border-brand-600 bg-gray-50 p-4" role="status">
          <p className="mb-1 text-xl font-bold">{t("empty")}</p>
          <p>{t("emptyHint")}</p>
        </div>
      ) : (
        sections.map((section) => (
          <section key={section.role} aria-labelledby={`todo-${section.role}`} className="mb-8">
            <h2 id={`todo-${section.role}`} className="mb-3 text-xl font-bold">
              {t(`sections.${section.role}`)} <span className="font-normal text-muted">({formatNumber(section.items.length, locale)})</span>
            </h2>
            {section.items.length === 0 ? <p>{t("sectionEmpty")}</p> : <ul>{section.items.map(renderItem)}</ul>}
          </section>
        ))
      )}
      <p>
        <Link href="/account" className="text-brand-600 underline">
          {t("accountLink")}
        </Link>
      </p>
    </div>
  );
}
