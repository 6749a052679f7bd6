import "server-only";
import { and, asc, desc, eq, inArray, isNull, gt } from "drizzle-orm";
import { authorize, can, ForbiddenError, type Principal } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/open";
import {
  competitions,
  contractAmendments,
  contracts,
  contractTranches,
  contractVersions,
  offers,
  offerBudgetUpdates,
  organizations,
  publicTaskAreas,
  users,
} from "@/lib/db/schema";
import { normalizeContent } from "@/lib/offers/content";
import { acceptedPartialYears, canOnContract, contractRow, partyIdsOf, readCurrentTerms } from "./access";
import { contractableOfferStatuses } from "./commands";
import { termsFromSnapshot } from "./draft";
import { partySignaturesOf, signatoriesText } from "./signing";
import { firstTrancheDeadline, termsDiff, trancheHeld, unscheduledByYear } from "./rules";

/**
 * One contract for a person allowed to see it: the administrator, or a member of any party.
 * Others get ForbiddenError (IDOR); unknown ids give null.
 */
export async function contractView(db: Db, principal: Principal | null, id: string) {
  const c = await contractRow(db, id);
  if (!c) return null;
  const partyIds = await partyIdsOf(db, c.id);
  if (!canOnContract(principal, "contract.view", partyIds))
    throw new ForbiddenError("contract.view", principal ? "forbidden" : "unauthenticated");
  const [terms, tranches, amendments, accepted, partyRows, area, offer, versions, signatures] = await Promise.all([
    readCurrentTerms(db, c),
    db
      .select()
      .from(contractTranches)
      .where(eq(contractTranches.contractId, c.id))
      .orderBy(asc(contractTranches.year), asc(contractTranches.dueDate), asc(contractTranches.position)),
    db
      .select({ amendment: contractAmendments, requesterName: users.name })
      .from(contractAmendments)
      .leftJoin(users, eq(users.id, contractAmendments.requestedBy))
      .where(eq(contractAmendments.contractId, c.id))
      .orderBy(desc(contractAmendments.requestedAt)),
    acceptedPartialYears(db, c.id),
    db
      .select({
        id: organizations.id,
        name: organizations.name,
        krs: organizations.krs,
        street: organizations.street,
        postalCode: organizations.postalCode,
        city: organizations.city,
      })
      .from(organizations)
      .where(inArray(organizations.id, partyIds)),
    c.areaSlug ? db.select().from(publicTaskAreas).where(eq(publicTaskAreas.slug, c.areaSlug)) : Promise.resolve([]),
    c.offerId
      ? db
          .select({
            id: offers.id,
            title: offers.title,
            content: offers.content,
            checksum: offers.checksum,
            competitionNumber: competitions.number,
          })
          .from(offers)
          .innerJoin(competitions, eq(competitions.id, offers.competitionId))
          .where(eq(offers.id, c.offerId))
      : Promise.resolve([]),
    db.select({ version: contractVersions.version }).from(contractVersions).where(eq(contractVersions.contractId, c.id)),
    partySignaturesOf(db, c.id),
  ]);
  const names = new Map(partyRows.map((o) => [o.id, o]));
  const isAdmin = can(principal, "contract.manage");
  return {
    contract: c,
    terms,
    parties: terms.parties.map((p) => ({ ...p, organization: names.get(p.organizationId)! })),
    tranches: tranches.map((t) => ({ ...t, held: !t.paidOn && trancheHeld(t, accepted) })),
    unscheduled: unscheduledByYear(tranches, terms.years),
    amendments: amendments.map((a) => ({ ...a.amendment, requesterName: a.requesterName })),
    acceptedPartialYears: accepted,
    area: area[0] ?? null,
    offer: offer[0] ? { ...offer[0], content: normalizeContent(offer[0].content) } : null,
    versionCount: versions.length,
    firstTrancheDeadline: firstTrancheDeadline(c),
    canManage: isAdmin,
    canSign: partyIds.some((o) => can(principal, "contract.sign", { organizationId: o })),
    canRequestAmendment: partyIds.some((o) => can(principal, "contract.amendment.request", { organizationId: o })),
    ownPartyIds: partyIds.filter((o) => can(principal, "contract.sign", { organizationId: o })),
    /** each party's own signature (art. 14 ust. 2: every party of a joint contract signs) */
    signatures: signatures.map((s) => ({ ...s, signatoriesOfParty: signatoriesText(s.representatives) })),
  };
}
export type ContractView = NonNullable<Awaited<ReturnType<typeof contractView>>>;

/** Every version with its whole terms and what changed against the previous one. */
export async function contractVersionsView(db: Db, principal: Principal | null, id: string) {
  const view = await contractView(db, principal, id);
  if (!view) return null;
  const rows = await db
    .select({ version: contractVersions, amendmentNumber: contractAmendments.number, justification: contractAmendments.justification })
    .from(contractVersions)
    .leftJoin(contractAmendments, eq(contractAmendments.id, contractVersions.amendmentId))
    .where(eq(contractVersions.contractId, view.contract.id))
    .orderBy(asc(contractVersions.version));
  const versions = rows.map((r, i) => {
    const terms = termsFromSnapshot(r.version.terms);
    const previous = i > 0 ? termsFromSnapshot(rows[i - 1].version.terms) : null;
    return {
      version: r.version.version,
      createdAt: r.version.createdAt,
      amendmentNumber: r.amendmentNumber,
      justification: r.justification,
      terms,
      changes: previous ? termsDiff(previous, terms) : [],
    };
  });
  return { ...view, versions };
}

export interface AdminContractFilters {
  status?: string;
}

/** The administrator's list: every contract, newest first, with its lead organization. */
export async function adminContracts(db: Db, principal: Principal | null, filters: AdminContractFilters = {}) {
  authorize(principal, "contract.manage");
  const status =
    filters.status && (contracts.status.enumValues as readonly string[]).includes(filters.status)
      ? (filters.status as (typeof contracts.status.enumValues)[number])
      : undefined;
  return db
    .select({
      id: contracts.id,
      number: contracts.number,
      title: contracts.title,
      status: contracts.status,
      source: contracts.source,
      startDate: contracts.startDate,
      endDate: contracts.endDate,
      totalGrantGrosze: contracts.totalGrantGrosze,
      organizationName: organizations.name,
    })
    .from(contracts)
    .innerJoin(organizations, eq(organizations.id, contracts.organizationId))
    .where(status ? eq(contracts.status, status) : undefined)
    .orderBy(desc(contracts.createdAt));
}

/**
 * Granted offers without a contract yet: where the administrator starts a contract. Offers whose
 * cut grant still waits for its accepted updated budget are listed too (`status` awaiting_update,
 * with the update's state), so the page says why no contract can be drawn up yet.
 */
export async function contractableOffers(db: Db, principal: Principal | null) {
  authorize(principal, "contract.manage");
  return db
    .select({
      id: offers.id,
      title: offers.title,
      grantedGrosze: offers.grantedGrosze,
      status: offers.status,
      budgetUpdateStatus: offerBudgetUpdates.status,
      organizationName: organizations.name,
      competitionNumber: competitions.number,
    })
    .from(offers)
    .innerJoin(organizations, eq(organizations.id, offers.organizationId))
    .innerJoin(competitions, eq(competitions.id, offers.competitionId))
    .leftJoin(contracts, eq(contracts.offerId, offers.id))
    .leftJoin(offerBudgetUpdates, eq(offerBudgetUpdates.offerId, offers.id))
    .where(
      and(inArray(offers.status, [...contractableOfferStatuses, "awaiting_update"]), gt(offers.grantedGrosze, 0), isNull(contracts.id)),
    )
    .orderBy(asc(competitions.number), asc(offers.title));
}
