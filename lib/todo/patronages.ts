import "server-only";
import type { Db } from "@/lib/db/open";
import type { Principal } from "@/lib/auth/permissions";
import { patronagesToDecide, patronageTasksOf } from "@/lib/patronages/queries";
import { dayDeadline, singleTasks, type TodoItem } from "./rules";

/** Centre staff (their to-do section; patronage.decide): the applications waiting for a decision, the nearest event's day as the deadline. */
export async function patronageStaffTodo(db: Db): Promise<TodoItem[]> {
  const { count, earliest } = await patronagesToDecide(db);
  if (count === 0) return [];
  return [
    {
      role: "centre",
      kind: "patronagesToDecide",
      key: "patronages:decide",
      count,
      deadline: earliest ? dayDeadline(earliest) : null,
      href: "/centre/manage/patronages",
      subject: null,
    },
  ];
}

/** The applicant: the office's questions to answer, and the reports owed after the event (due on the report's last day). */
export async function patronageApplicantTodo(db: Db, principal: Principal, now: Date): Promise<TodoItem[]> {
  const { questions, reports } = await patronageTasksOf(db, principal.userId, now);
  return [
    ...singleTasks("resident", "patronageInfoRequested", questions, (q) => ({
      key: `patronage-info:${q.id}`,
      href: `/account/patronages/${q.id}`,
      subject: q.eventName,
    })),
    ...singleTasks("resident", "patronageReportDue", reports, (r) => ({
      key: `patronage-report:${r.id}`,
      href: `/account/patronages/${r.id}`,
      subject: r.eventName,
      deadline: r.dueOn ? dayDeadline(r.dueOn) : null,
    })),
  ];
}
