import "server-only";
import { and, asc, eq } from "drizzle-orm";
import type { Db, Tx } from "@/lib/db/open";
import {
  contractCostLines,
  contractParties,
  contractReports,
  contracts,
  contractSettlements,
  contractTranches,
  contractYears,
  offers,
  organizations,
  smallGrants,
} from "@/lib/db/schema";
import type { Principal, Resource } from "@/lib/auth/permissions";
import { normalizeContent } from "@/lib/offers/content";
import type { PlannedLine, PlannedSources } from "./rules";
import { normalizeSimplifiedReport } from "./simplified";
import { isId } from "@/lib/core/ids";

type Reader = Tx | Db;

/** The resource of a permission check on a contract: the party organization the principal belongs to. */
export function partyResource(principal: Principal | null, partyIds: string[]): Resource {
  return { organizationId: partyIds.find((id) => principal?.organizations.has(id)) ?? partyIds[0] };
}

/** A principal who is a member of a party: on that contract's reports they speak for the organization. */
export function isPartyMember(principal: Principal, partyIds: string[]) {
  return partyIds.some((id) => principal.organizations.has(id));
}

export async function partiesOf(db: Reader, contractId: string) {
  return db
    .select({ id: organizations.id, name: organizations.name, isLead: contractParties.isLead })
    .from(contractParties)
    .innerJoin(organizations, eq(organizations.id, contractParties.organizationId))
    .where(eq(contractParties.contractId, contractId))
    .orderBy(asc(organizations.name));
}

/** A contract with everything reporting needs: parties, cost lines, years, tranches, reports, settlement. */
export async function loadContract(db: Reader, contractId: string) {
  if (!isId(contractId)) return null;
  const [contract] = await db.select().from(contracts).where(eq(contracts.id, contractId));
  if (!contract) return null;
  const [parties, lines, years, tranches, reports, settlement] = await Promise.all([
    partiesOf(db, contractId),
    db
      .select()
      .from(contractCostLines)
      .where(eq(contractCostLines.contractId, contractId))
      .orderBy(asc(contractCostLines.year), asc(contractCostLines.position)),
    db.select().from(contractYears).where(eq(contractYears.contractId, contractId)).orderBy(asc(contractYears.year)),
    db
      .select()
      .from(contractTranches)
      .where(eq(contractTranches.contractId, contractId))
      .orderBy(asc(contractTranches.year), asc(contractTranches.position)),
    db
      .select()
      .from(contractReports)
      .where(eq(contractReports.contractId, contractId))
      .orderBy(asc(contractReports.dueDate), asc(contractReports.kind)),
    db.select().from(contractSettlements).where(eq(contractSettlements.contractId, contractId)),
  ]);
  const acceptedPartialYears = new Set(reports.filter((r) => r.kind === "partial" && r.status === "accepted").map((r) => r.year));
  return {
    contract,
    parties,
    partyIds: parties.map((p) => p.id),
    lines,
    years,
    tranches,
    reports,
    settlement: settlement[0] ?? null,
    acceptedPartialYears,
  };
}
export type LoadedContract = NonNullable<Awaited<ReturnType<typeof loadContract>>>;

/** The cost lines and planned sources a report covers: a partial report its year, the final report all. */
export function periodOf(loaded: Pick<LoadedContract, "lines" | "years">, report: { kind: "partial" | "final"; year: number }) {
  const inPeriod = (year: number) => report.kind === "final" || year === report.year;
  const lines: PlannedLine[] = loaded.lines
    .filter((l) => inPeriod(l.year))
    .map((l) => ({ id: l.id, kind: l.kind, year: l.year, name: l.name, totalGrosze: l.totalGrosze, grantGrosze: l.grantGrosze }));
  const sources: PlannedSources = { grantGrosze: 0, ownFinancialGrosze: 0, ownNonFinancialGrosze: 0, participantFeesGrosze: 0 };
  const years = loaded.years.filter((y) => inPeriod(y.year)).map((y) => ({ year: y.year, grantGrosze: y.grantGrosze }));
  for (const y of loaded.years.filter((y) => inPeriod(y.year))) {
    sources.grantGrosze += y.grantGrosze;
    sources.ownFinancialGrosze += y.ownFinancialGrosze;
    sources.ownNonFinancialGrosze += y.ownNonFinancialGrosze;
    sources.participantFeesGrosze += y.participantFeesGrosze;
  }
  return { lines, sources, years };
}

/** Expected results with targets: the offer's (section III), or a small grant's expected results. */
export async function targetsOf(db: Reader, contract: { offerId: string | null; smallGrantId: string | null }) {
  if (contract.offerId) {
    const [offer] = await db.select({ content: offers.content }).from(offers).where(eq(offers.id, contract.offerId));
    return offer
      ? normalizeContent(offer.content)
          .task.results.filter((r) => r.name.trim())
          .map((r) => ({ name: r.name, target: r.target }))
      : [];
  }
  if (contract.smallGrantId) {
    const [grant] = await db
      .select({ expected: smallGrants.expectedResults })
      .from(smallGrants)
      .where(eq(smallGrants.id, contract.smallGrantId));
    return grant?.expected.trim() ? [{ name: grant.expected.trim(), target: "" }] : [];
  }
  return [];
}

/** Accepted actual spending of earlier partial reports, per cost line (the final report starts from it). */
export async function acceptedActuals(db: Reader, contractId: string) {
  const rows = await db
    .select({ content: contractReports.content })
    .from(contractReports)
    .where(and(eq(contractReports.contractId, contractId), eq(contractReports.kind, "partial"), eq(contractReports.status, "accepted")));
  const out = new Map<string, { actualTotal: string; actualGrant: string }>();
  for (const row of rows) {
    const lines =
      (row.content as { costs?: { lines?: { lineId: string; actualTotal: string; actualGrant: string }[] } }).costs?.lines ?? [];
    for (const l of lines) if (l.lineId) out.set(l.lineId, { actualTotal: l.actualTotal ?? "", actualGrant: l.actualGrant ?? "" });
  }
  return out;
}

/** Grant spent per year in accepted simplified partial reports (the final simplified report starts from it). */
export async function acceptedGrantByYear(db: Reader, contractId: string) {
  const rows = await db
    .select({ content: contractReports.content })
    .from(contractReports)
    .where(and(eq(contractReports.contractId, contractId), eq(contractReports.kind, "partial"), eq(contractReports.status, "accepted")));
  const out = new Map<number, string>();
  for (const row of rows) for (const g of normalizeSimplifiedReport(row.content).finance.grantByYear) out.set(g.year, g.grant);
  return out;
}

/** Tranches paid, in total (settlement base). */
export function paidTotal(tranches: { paidGrosze: number | null; paidOn: string | null }[]) {
  return tranches.reduce((s, t) => s + (t.paidOn ? (t.paidGrosze ?? 0) : 0), 0);
}
