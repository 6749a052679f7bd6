import "server-only";
import { and, count, eq, gt, inArray, isNotNull } from "drizzle-orm";
import type { Db } from "@/lib/db/open";
import { consultationAnswers, consultationComments, consultations, follows, meetingRegistrations, meetings } from "@/lib/db/schema";
import type { Principal } from "@/lib/auth/permissions";
import { instantDeadline, type TodoItem } from "./rules";

/** Answers count as new this long after they are given (there is no "read" mark). */
export const NEW_ANSWER_DAYS = 14;

const resident = (item: Omit<TodoItem, "role">): TodoItem => ({ role: "resident", ...item });

/** Every signed-in person's items: answers in the consultations she follows, her meetings to come. */
export async function residentTodo(db: Db, principal: Principal, now: Date): Promise<TodoItem[]> {
  const since = new Date(now.getTime() - NEW_ANSWER_DAYS * 86_400_000);
  const [answered, registrations] = await Promise.all([
    db
      .select({ id: consultations.id, title: consultations.title, status: consultations.status, n: count() })
      .from(follows)
      .innerJoin(consultations, eq(consultations.id, follows.consultationId))
      .innerJoin(consultationComments, eq(consultationComments.consultationId, follows.consultationId))
      .innerJoin(consultationAnswers, eq(consultationAnswers.commentId, consultationComments.id))
      .where(
        and(
          eq(follows.userId, principal.userId),
          isNotNull(follows.consultationId),
          gt(consultationAnswers.answeredAt, since),
          gt(consultationAnswers.answeredAt, follows.createdAt),
        ),
      )
      .groupBy(consultations.id, consultations.title, consultations.status),
    db
      .select({ id: meetings.id, title: meetings.title, startsAt: meetings.startsAt, status: meetingRegistrations.status })
      .from(meetingRegistrations)
      .innerJoin(meetings, eq(meetings.id, meetingRegistrations.meetingId))
      .where(
        and(
          eq(meetingRegistrations.userId, principal.userId),
          inArray(meetingRegistrations.status, ["registered", "waiting"]),
          gt(meetings.startsAt, now),
        ),
      ),
  ]);
  return [
    ...answered.map((c) =>
      resident({
        kind: "followedAnswers",
        key: `answers:${c.id}`,
        count: c.n,
        deadline: null,
        href: c.status === "report_published" ? `/consultations/${c.id}/report` : `/consultations/${c.id}`,
        subject: c.title,
      }),
    ),
    ...registrations.map((m) =>
      resident({
        kind: "meetingRegistration",
        key: `meeting:${m.id}`,
        count: 1,
        deadline: instantDeadline(m.startsAt),
        href: `/meetings/${m.id}`,
        subject: m.title,
        detail: { status: m.status },
      }),
    ),
  ];
}
