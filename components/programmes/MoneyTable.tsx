import { getTranslations } from "next-intl/server";
import { TableScroll } from "@/components/ui/TableScroll";
import { formatMoney } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/routing";
import { barPercent } from "@/lib/programmes/rules";

export interface MoneyTask {
  id: string;
  title: string;
  areaPoint: string;
  areaPl: string;
  areaEn: string;
  money: { plannedGrosze: number; announcedGrosze: number; grantedGrosze: number };
}

const kinds = [
  { key: "planned", field: "plannedGrosze", bar: "bg-brand-600" },
  { key: "announced", field: "announcedGrosze", bar: "bg-gray-600" },
  { key: "granted", field: "grantedGrosze", bar: "bg-green-700" },
] as const;

/**
 * Money planned vs announced vs granted per priority task: a table (the record) and, beside it, a
 * simple bar chart of the same figures (hidden from screen readers, which read the table).
 */
export async function MoneyTable({
  tasks,
  totals,
  locale,
}: {
  tasks: MoneyTask[];
  totals: { plannedGrosze: number; announcedGrosze: number; grantedGrosze: number };
  locale: Locale;
}) {
  const t = await getTranslations("programmes.page");
  if (tasks.length === 0) return <p>{t("noTasks")}</p>;
  const max = Math.max(1, ...tasks.flatMap((task) => [task.money.plannedGrosze, task.money.announcedGrosze, task.money.grantedGrosze]));
  return (
    <>
      <TableScroll labelledBy="money-caption" className="mb-6">
        <table className="w-full border-collapse text-left" data-testid="programme-money">
          <caption id="money-caption" className="sr-only">
            {t("tasksTitle")}
          </caption>
          <thead>
            <tr className="border-b-2 border-gray-700">
              <th scope="col" className="p-2">
                {t("task")}
              </th>
              <th scope="col" className="p-2">
                {t("area")}
              </th>
              {kinds.map((k) => (
                <th key={k.key} scope="col" className="p-2 text-right">
                  {t(k.key)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {tasks.map((task) => (
              <tr key={task.id} className="border-b border-gray-300 align-top">
                <th scope="row" className="p-2 font-normal [overflow-wrap:anywhere]">
                  {task.title}
                </th>
                <td className="p-2 text-sm">
                  {task.areaPoint}. {locale === "en" ? task.areaEn : task.areaPl}
                </td>
                {kinds.map((k) => (
                  <td key={k.key} className="whitespace-nowrap p-2 text-right tabular-nums">
                    {formatMoney(task.money[k.field], locale)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr className="border-t-2 border-gray-700 font-semibold">
              <th scope="row" colSpan={2} className="p-2">
                {t("total")}
              </th>
              {kinds.map((k) => (
                <td key={k.key} className="whitespace-nowrap p-2 text-right tabular-nums">
                  {formatMoney(totals[k.field], locale)}
                </td>
              ))}
            </tr>
          </tfoot>
        </table>
      </TableScroll>
      <div aria-hidden="true" className="mb-6">
        <p className="mb-2 font-semibold">{t("chartTitle")}</p>
        <ul className="mb-2 flex flex-wrap gap-4 text-sm">
          {kinds.map((k) => (
            <li key={k.key} className="flex items-center gap-1">
              <span className={`inline-block h-3 w-3 ${k.bar}`} />
              {t(k.key)}
            </li>
          ))}
        </ul>
        <ul className="space-y-3">
          {tasks.map((task) => (
            <li key={task.id}>
              <p className="text-sm [overflow-wrap:anywhere]">{task.title}</p>
              {kinds.map((k) => (
                <div key={k.key} className="flex items-center gap-2">
                  <div className="h-3 flex-1 bg-gray-100">
                    <div className={`h-3 ${k.bar}`} style={{ width: `${barPercent(task.money[k.field], max)}%` }} />
                  </div>
                  <span className="w-32 shrink-0 text-right text-xs tabular-nums">{formatMoney(task.money[k.field], locale)}</span>
                </div>
              ))}
            </li>
          ))}
        </ul>
      </div>
    </>
  );
}
