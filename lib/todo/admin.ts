import "server-only";
import { and, count, eq, exists, gt, inArray, isNotNull, isNull, lt, lte, min, ne, notExists, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/open";
import {
  competitions,
  consultationAnswers,
  consultationComments,
  consultations,
  contractReports,
  contracts,
  contractSettlements,
  correctionRequests,
  mailOutbox,
  offers,
  smallGrants,
} from "@/lib/db/schema";
import type { Principal } from "@/lib/auth/permissions";
import { budgetUpdatesToDecide } from "@/lib/budget-updates/queries";
import { contractableOffers } from "@/lib/contracts/queries";
import { warsawToday } from "@/lib/dates/warsaw";
import { verificationQueue } from "@/lib/organizations/verification";
import { competitionsOutsideProgramme } from "@/lib/programmes/queries";
import { dayDeadline, type TodoItem } from "./rules";

/** Failed mail is worth a look for this long; older failures are history in the outbox. */
export const FAILED_MAIL_SHOWN_DAYS = 7;

const admin = (item: Omit<TodoItem, "role">): TodoItem => ({ role: "admin", ...item });
const one = async (query: Promise<{ n: number; first?: unknown }[]>) => (await query)[0] ?? { n: 0 };

/** The administrator's items: counts over indexed columns, per competition or consultation where the task lives there. */
export async function adminTodo(db: Db, principal: Principal, now: Date): Promise<TodoItem[]> {
  const today = warsawToday(now);
  const resolvedCorrection = exists(
    db
      .select({ one: sql`1` })
      .from(correctionRequests)
      .where(and(eq(correctionRequests.offerId, offers.id), isNotNull(correctionRequests.resolvedAt))),
  );
  const inReview = (corrected: boolean) =>
    db
      .select({ id: competitions.id, number: competitions.number, title: competitions.title, n: count() })
      .from(offers)
      .innerJoin(competitions, eq(competitions.id, offers.competitionId))
      .where(
        and(
          eq(offers.status, "submitted"),
          inArray(competitions.status, ["offers_closed", "formal_review"]),
          corrected
            ? resolvedCorrection
            : notExists(
                db
                  .select({ one: sql`1` })
                  .from(correctionRequests)
                  .where(eq(correctionRequests.offerId, offers.id)),
              ),
        ),
      )
      .groupBy(competitions.id, competitions.number, competitions.title);

  const [
    review,
    corrected,
    toDecide,
    withoutContract,
    budgetUpdates,
    sent,
    toAccept,
    overdue,
    returns,
    toVerify,
    unanswered,
    grants,
    failed,
    outsideProgramme,
  ] = await Promise.all([
    inReview(false),
    inReview(true),
    db
      .select({ id: competitions.id, number: competitions.number, title: competitions.title })
      .from(competitions)
      .where(and(eq(competitions.status, "scoring"), isNotNull(competitions.scoringClosedAt))),
    contractableOffers(db, principal),
    budgetUpdatesToDecide(db, principal),
    one(db.select({ n: count() }).from(contracts).where(eq(contracts.status, "sent"))),
    one(
      db
        .select({ n: count(), first: min(contractReports.submittedAt) })
        .from(contractReports)
        .where(eq(contractReports.status, "submitted")),
    ),
    one(
      db
        .select({ n: count(), first: min(contractReports.dueDate) })
        .from(contractReports)
        .innerJoin(contracts, eq(contracts.id, contractReports.contractId))
        .where(
          and(
            inArray(contractReports.status, ["due", "draft", "returned"]),
            lt(contractReports.dueDate, today),
            inArray(contracts.status, ["signed", "in_progress"]),
          ),
        ),
    ),
    db
      .select({ contractId: contracts.id, number: contracts.number, dueDate: contractSettlements.returnDueDate })
      .from(contractSettlements)
      .innerJoin(contracts, eq(contracts.id, contractSettlements.contractId))
      .where(and(gt(contractSettlements.toReturnGrosze, contractSettlements.returnedGrosze), lt(contractSettlements.returnDueDate, today))),
    verificationQueue(db, principal),
    db
      .select({ id: consultations.id, title: consultations.title, n: count() })
      .from(consultationComments)
      .innerJoin(consultations, eq(consultations.id, consultationComments.consultationId))
      .where(
        and(
          eq(consultations.status, "closed"),
          ne(consultationComments.moderation, "hidden"),
          notExists(
            db
              .select({ one: sql`1` })
              .from(consultationAnswers)
              .where(eq(consultationAnswers.commentId, consultationComments.id)),
          ),
        ),
      )
      .groupBy(consultations.id, consultations.title),
    db
      .select({
        toPublish: sql<number>`count(*) filter (where ${smallGrants.status} = 'submitted')::int`,
        publishBy: sql<string | null>`min(${smallGrants.publishBy}) filter (where ${smallGrants.status} = 'submitted')`,
        toDecide: sql<number>`count(*) filter (where ${smallGrants.status} = 'published' and ${lte(smallGrants.commentsCloseAt, now)})::int`,
      })
      .from(smallGrants)
      .where(inArray(smallGrants.status, ["submitted", "published"])),
    one(
      db
        .select({ n: count() })
        .from(mailOutbox)
        .where(
          and(
            isNull(mailOutbox.sentAt),
            isNotNull(mailOutbox.failedAt),
            gt(mailOutbox.failedAt, new Date(now.getTime() - FAILED_MAIL_SHOWN_DAYS * 86_400_000)),
          ),
        ),
    ),
    competitionsOutsideProgramme(db),
  ]);

  const items: TodoItem[] = [];
  const add = (item: Omit<TodoItem, "role">) => item.count > 0 && items.push(admin(item));
  for (const c of review)
    add({
      kind: "formalReview",
      key: `review:${c.id}`,
      count: c.n,
      deadline: null,
      href: `/admin/competitions/${c.id}/review`,
      subject: `${c.number} ${c.title}`,
    });
  for (const c of corrected)
    add({
      kind: "correctionsReturned",
      key: `corrected:${c.id}`,
      count: c.n,
      deadline: null,
      href: `/admin/competitions/${c.id}/review`,
      subject: `${c.number} ${c.title}`,
    });
  for (const c of toDecide)
    add({
      kind: "competitionToDecide",
      key: `decide:${c.id}`,
      count: 1,
      deadline: null,
      href: `/admin/competitions/${c.id}/decisions`,
      subject: `${c.number} ${c.title}`,
    });
  add({
    kind: "grantedWithoutContract",
    key: "contractable",
    count: withoutContract.length,
    deadline: null,
    href: "/admin/contracts",
    subject: null,
  });
  add({
    kind: "budgetUpdatesToDecide",
    key: "budget-updates",
    count: budgetUpdates.length,
    deadline: null,
    href: "/admin/budget-updates",
    subject: null,
  });
  add({
    kind: "contractsAwaitingSignature",
    key: "sent",
    count: sent.n,
    deadline: null,
    href: "/admin/contracts?status=sent",
    subject: null,
  });
  add({ kind: "reportsToAccept", key: "reports-submitted", count: toAccept.n, deadline: null, href: "/admin/grants", subject: null });
  add({
    kind: "reportsOverdue",
    key: "reports-overdue",
    count: overdue.n,
    deadline: typeof overdue.first === "string" ? dayDeadline(overdue.first) : null,
    href: "/admin/grants",
    subject: null,
  });
  for (const r of returns)
    add({
      kind: "returnsOverdue",
      key: `return:${r.contractId}`,
      count: 1,
      deadline: r.dueDate ? dayDeadline(r.dueDate) : null,
      href: `/admin/contracts/${r.contractId}/settlement`,
      subject: r.number,
    });
  add({
    kind: "organizationsToVerify",
    key: "verify",
    count: toVerify.length,
    deadline: null,
    href: "/admin/organizations",
    subject: null,
  });
  for (const c of unanswered)
    add({
      kind: "commentsUnanswered",
      key: `answers:${c.id}`,
      count: c.n,
      deadline: null,
      href: `/admin/consultations/${c.id}`,
      subject: c.title,
    });
  const [g] = grants;
  add({
    kind: "smallGrantsToPublish",
    key: "small-grants-publish",
    count: g?.toPublish ?? 0,
    deadline: g?.publishBy ? dayDeadline(g.publishBy) : null,
    href: "/admin/small-grants",
    subject: null,
  });
  add({
    kind: "smallGrantsToDecide",
    key: "small-grants-decide",
    count: g?.toDecide ?? 0,
    deadline: null,
    href: "/admin/small-grants",
    subject: null,
  });
  add({ kind: "mailFailed", key: "mail-failed", count: failed.n, deadline: null, href: "/admin/outbox?state=failed", subject: null });
  for (const c of outsideProgramme)
    add({
      kind: "competitionOutsideProgramme",
      key: `outside-programme:${c.id}`,
      count: 1,
      deadline: null,
      href: `/admin/competitions/${c.id}`,
      subject: `${c.number} ${c.title} (${c.year})`,
    });
  return items;
}
