import { formatDate, formatDateTime, formatMoney } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/routing";
import type { TodoDeadline, TodoItem, TodoKind } from "./rules";

type Values = Record<string, string | number>;

/** The values an item's text needs: its subject, its count, its details (money formatted for the locale). */
export function itemValues(item: Pick<TodoItem, "subject" | "count" | "detail">, locale: Locale): Values {
  const { amountGrosze, ...detail } = item.detail ?? {};
  return {
    subject: item.subject ?? "",
    count: item.count,
    ...detail,
    ...(amountGrosze !== undefined && { amount: formatMoney(Number(amountGrosze), locale) }),
  };
}

/** The key of the text naming an item's kind (`todo.kinds.<kind>`). */
export function kindKey(kind: TodoKind) {
  return `kinds.${kind}` as const;
}

/** A deadline as people read it: a legal day as a date, an instant with its time. */
export function formatDeadline(deadline: TodoDeadline, locale: Locale) {
  return deadline.day ? formatDate(deadline.at, locale) : formatDateTime(deadline.at, locale);
}

/** A meeting's deadline is when it starts; every other kind's is the day or hour the task is due. */
export function deadlineKey(kind: TodoKind) {
  return kind === "meetingRegistration" ? ("startsAt" as const) : ("deadline" as const);
}
