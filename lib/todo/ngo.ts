import "server-only";
import { and, eq, gte, inArray, isNotNull, isNull, lte, notExists, notInArray, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/open";
import {
  competitions,
  contractAmendments,
  contractParties,
  contractPartySignatures,
  contractReports,
  contracts,
  contractTranches,
  correctionRequests,
  offerBudgetUpdates,
  offers,
  organizationJoinRequests,
  organizations,
} from "@/lib/db/schema";
import type { Principal } from "@/lib/auth/permissions";
import { addDays, warsawToday } from "@/lib/dates/warsaw";
import { reportOverdue, reportingStatuses, trancheState } from "@/lib/reports/rules";
import { returnedAnnouncements } from "@/lib/news/todo";
import { dayDeadline, instantDeadline, singleTasks, SOON_DAYS, type SingleTask, type TodoItem, type TodoKind } from "./rules";

/** A report shows up this many days before it is due (earlier it is only planned). */
export const REPORT_HORIZON_DAYS = 30;
/** An answered amendment stays on the list this long (there is no "read" mark). */
export const ANSWER_SHOWN_DAYS = 14;
/** A draft past its competition's deadline stays on the list this long, so the organization learns it was not submitted. */
const LATE_DRAFT_SHOWN_DAYS = 14;

/** The NGO representative's items, across the organizations of the principal (each query one round trip). */
export async function ngoTodo(db: Db, principal: Principal, now: Date): Promise<TodoItem[]> {
  const orgIds = [...principal.organizations.keys()];
  if (orgIds.length === 0) return [];
  const ownerOf = orgIds.filter((id) => principal.organizations.get(id) === "owner");
  const today = warsawToday(now);
  const ourContract = inArray(
    contracts.id,
    db.select({ id: contractParties.contractId }).from(contractParties).where(inArray(contractParties.organizationId, orgIds)),
  );

  const [reports, corrections, awaitingUpdate, toSign, answered, drafts, tranches, requests] = await Promise.all([
    db
      .select({ report: contractReports, number: contracts.number })
      .from(contractReports)
      .innerJoin(contracts, eq(contracts.id, contractReports.contractId))
      .where(
        and(
          ourContract,
          inArray(contracts.status, [...reportingStatuses]),
          inArray(contractReports.status, ["due", "draft", "returned"]),
          lte(contractReports.dueDate, addDays(today, REPORT_HORIZON_DAYS)),
        ),
      ),
    db
      .select({ offerId: offers.id, title: offers.title, deadline: correctionRequests.deadline })
      .from(correctionRequests)
      .innerJoin(offers, eq(offers.id, correctionRequests.offerId))
      .where(and(inArray(offers.organizationId, orgIds), eq(offers.status, "correction_requested"), isNull(correctionRequests.resolvedAt))),
    db
      .select({ offerId: offers.id, title: offers.title })
      .from(offers)
      .where(
        and(
          inArray(offers.organizationId, orgIds),
          eq(offers.status, "awaiting_update"),
          notExists(
            db
              .select({ one: sql`1` })
              .from(offerBudgetUpdates)
              .where(and(eq(offerBudgetUpdates.offerId, offers.id), inArray(offerBudgetUpdates.status, ["submitted", "accepted"]))),
          ),
        ),
      ),
    db
      .select({ contractId: contracts.id, number: contracts.number, organizationId: contractParties.organizationId })
      .from(contractParties)
      .innerJoin(contracts, eq(contracts.id, contractParties.contractId))
      .where(
        and(
          inArray(contractParties.organizationId, orgIds),
          eq(contracts.status, "sent"),
          notExists(
            db
              .select({ one: sql`1` })
              .from(contractPartySignatures)
              .where(
                and(
                  eq(contractPartySignatures.contractId, contractParties.contractId),
                  eq(contractPartySignatures.organizationId, contractParties.organizationId),
                ),
              ),
          ),
        ),
      ),
    db
      .select({ id: contractAmendments.id, contractId: contracts.id, number: contracts.number, status: contractAmendments.status })
      .from(contractAmendments)
      .innerJoin(contracts, eq(contracts.id, contractAmendments.contractId))
      .where(
        and(
          ourContract,
          inArray(contractAmendments.status, ["accepted", "refused"]),
          gte(contractAmendments.decidedAt, new Date(now.getTime() - ANSWER_SHOWN_DAYS * 86_400_000)),
        ),
      ),
    db
      .select({ offerId: offers.id, title: offers.title, competition: competitions.title, deadline: competitions.offerDeadline })
      .from(offers)
      .innerJoin(competitions, eq(competitions.id, offers.competitionId))
      .where(
        and(
          inArray(offers.organizationId, orgIds),
          eq(offers.status, "draft"),
          notInArray(competitions.status, ["draft", "cancelled", "voided"]),
          isNotNull(competitions.offerDeadline),
          lte(competitions.offerDeadline, new Date(now.getTime() + SOON_DAYS * 86_400_000)),
          gte(competitions.offerDeadline, new Date(now.getTime() - LATE_DRAFT_SHOWN_DAYS * 86_400_000)),
        ),
      ),
    db
      .select({
        tranche: contractTranches,
        number: contracts.number,
        waits: contracts.tranchesWaitForPartialReport,
        accepted: sql<number[]>`array(select r.year from contract_reports r where r.contract_id = ${contracts.id}
          and r.kind = 'partial' and r.status = 'accepted')`,
      })
      .from(contractTranches)
      .innerJoin(contracts, eq(contracts.id, contractTranches.contractId))
      .where(
        and(
          ourContract,
          inArray(contracts.status, ["signed", "in_progress"]),
          eq(contracts.tranchesWaitForPartialReport, true),
          isNull(contractTranches.paidOn),
          isNotNull(contractTranches.waitsForReportYear),
          lte(contractTranches.dueDate, addDays(today, REPORT_HORIZON_DAYS)),
        ),
      ),
    ownerOf.length
      ? db
          .select({ organizationId: organizations.id, name: organizations.name, count: sql<number>`count(*)::int` })
          .from(organizationJoinRequests)
          .innerJoin(organizations, eq(organizations.id, organizationJoinRequests.organizationId))
          .where(and(inArray(organizationJoinRequests.organizationId, ownerOf), eq(organizationJoinRequests.status, "pending")))
          .groupBy(organizations.id, organizations.name)
      : Promise.resolve([]),
  ]);

  const single = <Row>(kind: TodoKind, rows: readonly Row[], describe: (row: Row) => SingleTask) =>
    singleTasks("ngo", kind, rows, describe);
  const held = tranches.filter(
    (t) =>
      trancheState(t.tranche, { waitsForPartialReport: t.waits, acceptedPartialYears: new Set(t.accepted.map(Number)) }, now) === "held",
  );
  return [
    ...reports.map(({ report, number }) => ({
      role: "ngo" as const,
      kind:
        report.status === "returned"
          ? ("reportReturned" as const)
          : reportOverdue(report, now)
            ? ("reportOverdue" as const)
            : ("reportDue" as const),
      key: `report:${report.id}`,
      count: 1,
      deadline: dayDeadline(report.dueDate),
      href: `/account/contracts/${report.contractId}/reports/${report.id}`,
      subject: number,
      detail: { reportKind: report.kind, year: report.year },
    })),
    ...single("correctionRequested", corrections, (c) => ({
      key: `correction:${c.offerId}`,
      deadline: instantDeadline(c.deadline),
      href: `/offers/${c.offerId}/corrections`,
      subject: c.title,
    })),
    ...single("grantAwaitingUpdate", awaitingUpdate, (o) => ({
      key: `grant:${o.offerId}`,
      href: `/offers/${o.offerId}/budget-update`,
      subject: o.title,
    })),
    ...single("contractToSign", toSign, (c) => ({
      key: `sign:${c.contractId}:${c.organizationId}`,
      href: `/account/contracts/${c.contractId}`,
      subject: c.number,
    })),
    ...single("amendmentAnswered", answered, (a) => ({
      key: `amendment:${a.id}`,
      href: `/account/contracts/${a.contractId}`,
      subject: a.number,
      detail: { answer: a.status },
    })),
    ...single("draftDeadline", drafts, (d) => ({
      key: `draft:${d.offerId}`,
      deadline: instantDeadline(d.deadline!),
      href: `/offers/${d.offerId}/edit`,
      subject: d.title || d.competition,
    })),
    ...single("trancheHeld", held, (t) => ({
      key: `tranche:${t.tranche.id}`,
      href: `/account/contracts/${t.tranche.contractId}`,
      subject: t.number,
      detail: { year: t.tranche.waitsForReportYear!, amountGrosze: t.tranche.amountGrosze },
    })),
    ...requests.map((r) => ({
      role: "ngo" as const,
      kind: "membershipRequests" as const,
      key: `members:${r.organizationId}`,
      count: r.count,
      deadline: null,
      href: `/organizations/${r.organizationId}/manage`,
      subject: r.name,
    })),
    // announcements for the news returned by the Centre (lib/news)
    ...single("announcementReturned", await returnedAnnouncements(db, orgIds), (a) => ({
      key: `announcement:${a.id}`,
      href: `/account/announcements/${a.id}`,
      subject: a.title,
    })),
  ];
}
