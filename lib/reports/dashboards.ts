import "server-only";
import { and, asc, count, eq, gte, inArray, isNull, lte, lt, notInArray, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/open";
import {
  contractParties,
  contractReports,
  contracts,
  contractSettlements,
  grantReturnPayments,
  contractTranches,
  contractYears,
  organizations,
} from "@/lib/db/schema";
import { authorize, type Principal } from "@/lib/auth/permissions";
import { addDays, warsawToday } from "@/lib/dates/warsaw";
import { reportingStatuses, reportOverdue, trancheState } from "./rules";
import { remainingReturn } from "./settlement";

const open = ["due", "draft", "returned"] as const;

/** Per organization of the principal: its contracts, the next reports and tranches, returns due. */
export async function organizationDashboard(db: Db, principal: Principal | null, now = new Date()) {
  authorize(principal, "contracts.dashboardMine");
  const orgIds = [...principal.organizations.keys()];
  const orgs = await db
    .select({ id: organizations.id, name: organizations.name })
    .from(organizations)
    .where(inArray(organizations.id, orgIds))
    .orderBy(asc(organizations.name));
  const rows = await db
    .select({ organizationId: contractParties.organizationId, contract: contracts })
    .from(contractParties)
    .innerJoin(contracts, eq(contracts.id, contractParties.contractId))
    .where(and(inArray(contractParties.organizationId, orgIds), notInArray(contracts.status, ["draft"])))
    .orderBy(asc(contracts.startDate), asc(contracts.number));
  const ids = [...new Set(rows.map((r) => r.contract.id))];
  const [reports, tranches, settlements] = ids.length
    ? await Promise.all([
        db.select().from(contractReports).where(inArray(contractReports.contractId, ids)).orderBy(asc(contractReports.dueDate)),
        db.select().from(contractTranches).where(inArray(contractTranches.contractId, ids)).orderBy(asc(contractTranches.dueDate)),
        db.select().from(contractSettlements).where(inArray(contractSettlements.contractId, ids)),
      ])
    : [[], [], []];
  const accepted = (contractId: string) =>
    new Set(reports.filter((r) => r.contractId === contractId && r.kind === "partial" && r.status === "accepted").map((r) => r.year));
  const contractSummary = (c: typeof contracts.$inferSelect) => {
    const nextReport = reports.find((r) => r.contractId === c.id && r.status !== "accepted");
    const nextTranche = tranches.find((t) => t.contractId === c.id && !t.paidOn);
    const settlement = settlements.find((s) => s.contractId === c.id);
    return {
      id: c.id,
      number: c.number,
      title: c.title,
      status: c.status,
      startDate: c.startDate,
      endDate: c.endDate,
      totalGrantGrosze: c.totalGrantGrosze,
      nextReport: nextReport ? { ...nextReport, overdue: reportOverdue(nextReport, now) } : null,
      nextTranche: nextTranche
        ? {
            ...nextTranche,
            state: trancheState(
              nextTranche,
              { waitsForPartialReport: c.tranchesWaitForPartialReport, acceptedPartialYears: accepted(c.id) },
              now,
            ),
          }
        : null,
      returnDue:
        settlement && remainingReturn(settlement.toReturnGrosze, settlement.returnedGrosze) > 0
          ? { amountGrosze: remainingReturn(settlement.toReturnGrosze, settlement.returnedGrosze), dueDate: settlement.returnDueDate }
          : null,
    };
  };
  return orgs.map((org) => ({
    ...org,
    contracts: rows.filter((r) => r.organizationId === org.id).map((r) => contractSummary(r.contract)),
  }));
}
export type OrganizationDashboard = Awaited<ReturnType<typeof organizationDashboard>>;

/** The first and last day of the Warsaw month of `now`. */
export function warsawMonth(now: Date) {
  const today = warsawToday(now);
  const first = `${today.slice(0, 7)}-01`;
  const next = addDays(`${today.slice(0, 7)}-28`, 4).slice(0, 7);
  return { first, last: addDays(`${next}-01`, -1) };
}

/** The administrator's overview: contracts by status, overdue reports, reports to decide, tranches due this month, money per year. */
export async function grantsDashboard(db: Db, principal: Principal | null, now = new Date()) {
  authorize(principal, "grants.dashboard");
  const today = warsawToday(now);

  const reportRow = {
    id: contractReports.id,
    kind: contractReports.kind,
    year: contractReports.year,
    dueDate: contractReports.dueDate,
    status: contractReports.status,
    submittedAt: contractReports.submittedAt,
    contractId: contracts.id,
    number: contracts.number,
    title: contracts.title,
    organization: organizations.name,
  };
  const month = warsawMonth(now);
  const [byStatus, overdue, toDecide, tranchesDue, granted, paid, settlements, returnPayments] = await Promise.all([
    db.select({ status: contracts.status, count: count() }).from(contracts).groupBy(contracts.status),
    db
      .select(reportRow)
      .from(contractReports)
      .innerJoin(contracts, eq(contracts.id, contractReports.contractId))
      .innerJoin(organizations, eq(organizations.id, contracts.organizationId))
      .where(
        and(
          inArray(contractReports.status, [...open]),
          lt(contractReports.dueDate, today),
          inArray(contracts.status, ["signed", "in_progress"]),
        ),
      )
      .orderBy(asc(contractReports.dueDate))
      .limit(100),
    db
      .select(reportRow)
      .from(contractReports)
      .innerJoin(contracts, eq(contracts.id, contractReports.contractId))
      .innerJoin(organizations, eq(organizations.id, contracts.organizationId))
      .where(eq(contractReports.status, "submitted"))
      .orderBy(asc(contractReports.submittedAt))
      .limit(100),
    db
      .select({
        tranche: contractTranches,
        number: contracts.number,
        title: contracts.title,
        organization: organizations.name,
        waits: contracts.tranchesWaitForPartialReport,
      })
      .from(contractTranches)
      .innerJoin(contracts, eq(contracts.id, contractTranches.contractId))
      .innerJoin(organizations, eq(organizations.id, contracts.organizationId))
      .where(
        and(
          isNull(contractTranches.paidOn),
          gte(contractTranches.dueDate, month.first),
          lte(contractTranches.dueDate, month.last),
          inArray(contracts.status, ["signed", "in_progress"]),
        ),
      )
      .orderBy(asc(contractTranches.dueDate))
      .limit(200),
    db
      .select({ year: contractYears.year, grosze: sql<string>`sum(${contractYears.grantGrosze})` })
      .from(contractYears)
      .innerJoin(contracts, eq(contracts.id, contractYears.contractId))
      .where(inArray(contracts.status, [...reportingStatuses]))
      .groupBy(contractYears.year),
    db
      .select({
        year: sql<number>`extract(year from ${contractTranches.paidOn})::int`,
        grosze: sql<string>`sum(${contractTranches.paidGrosze})`,
      })
      .from(contractTranches)
      .where(sql`${contractTranches.paidOn} is not null`)
      .groupBy(sql`1`),
    db
      .select({
        toReturn: contractSettlements.toReturnGrosze,
        returned: contractSettlements.returnedGrosze,
      })
      .from(contractSettlements),
    db
      .select({
        year: sql<number>`extract(year from ${grantReturnPayments.paidOn})::int`,
        grosze: sql<string>`sum(${grantReturnPayments.amountGrosze})`,
      })
      .from(grantReturnPayments)
      .groupBy(sql`1`),
  ]);

  const heldYears = tranchesDue.some((t) => t.tranche.waitsForReportYear != null)
    ? await db
        .select({ contractId: contractReports.contractId, year: contractReports.year })
        .from(contractReports)
        .where(
          and(
            eq(contractReports.kind, "partial"),
            eq(contractReports.status, "accepted"),
            inArray(
              contractReports.contractId,
              tranchesDue.map((t) => t.tranche.contractId),
            ),
          ),
        )
    : [];
  const years = new Map<number, { granted: number; paid: number; returned: number }>();
  const at = (year: number) => years.get(year) ?? years.set(year, { granted: 0, paid: 0, returned: 0 }).get(year)!;
  for (const g of granted) at(g.year).granted += Number(g.grosze);
  for (const p of paid) at(Number(p.year)).paid += Number(p.grosze);
  for (const r of returnPayments) at(Number(r.year)).returned += Number(r.grosze);

  return {
    byStatus: Object.fromEntries(byStatus.map((s) => [s.status, s.count])) as Record<string, number>,
    overdue: overdue.map((r) => ({ ...r, overdue: true })),
    toDecide,
    month,
    tranchesDue: tranchesDue.map((t) => ({
      ...t,
      state: trancheState(
        t.tranche,
        {
          waitsForPartialReport: t.waits,
          acceptedPartialYears: new Set(heldYears.filter((h) => h.contractId === t.tranche.contractId).map((h) => h.year)),
        },
        now,
      ),
    })),
    money: [...years.entries()].sort(([a], [b]) => a - b).map(([year, v]) => ({ year, ...v })),
    returnsOutstandingGrosze: settlements.reduce((s, r) => s + remainingReturn(r.toReturn, r.returned), 0),
  };
}
export type GrantsDashboard = Awaited<ReturnType<typeof grantsDashboard>>;
