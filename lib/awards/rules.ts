/**
 * Pure rules of the volunteer awards: who may nominate, when nominations are open, the jury's
 * ranking (the mean of the members' totals, by the scoring rules of competitions) and what the
 * public results may show. No server imports: shared by the commands, the pages and the tests.
 */
import { rankOffers, type RankedOffer } from "@/lib/scoring/rules";
import type { awardEditionStatuses, awardNominatorKinds } from "@/lib/db/schema/awards";

export type NominatorKind = (typeof awardNominatorKinds)[number];
export type EditionStatus = (typeof awardEditionStatuses)[number];

/**
 * Whether a person may nominate as the given kind under the award's setting: the kind must be
 * allowed, an organization's nomination comes from one of its representatives, a school's names the school.
 */
export function nominatorRefusal(
  allowed: readonly NominatorKind[],
  kind: NominatorKind,
  who: { organizationIds: readonly string[]; organizationId: string | null; schoolName: string },
): "nominatorNotAllowed" | "notRepresentative" | "schoolRequired" | null {
  if (!allowed.includes(kind)) return "nominatorNotAllowed";
  if (kind === "organization" && (!who.organizationId || !who.organizationIds.includes(who.organizationId))) return "notRepresentative";
  if (kind === "school" && who.schoolName.trim().length < 3) return "schoolRequired";
  return null;
}

/** Nominations are taken while the edition is in nomination and today is within its period (Warsaw days). */
export function nominationOpen(edition: { status: EditionStatus; nominationStart: string; nominationEnd: string }, today: string) {
  return edition.status === "nomination" && edition.nominationStart <= today && today <= edition.nominationEnd;
}

export interface NominationSheets {
  nominationId: string;
  /** each member's total on the nomination (a sheet is submitted whole) */
  totals: { userId: string; total: number }[];
}

/**
 * The jury's ranking: the mean of the declared members' totals per nomination, best first, by the
 * competitions' rule (lib/scoring/rules.ts rankOffers); nominations nobody scored have no place.
 */
export function rankNominations(nominations: NominationSheets[]): (RankedOffer & { nominationId: string })[] {
  return rankOffers(
    nominations.map((n) => ({
      offerId: n.nominationId,
      memberTotals: n.totals.map((m) => ({ memberId: m.userId, kind: "city_staff" as const, total: m.total, submitted: true })),
    })),
    { minimumPoints: 0 },
  ).map((row) => ({ ...row, nominationId: row.offerId }));
}

/** Laureates shown publicly: results published, and the laureate consented to publication. */
export function publishable(
  edition: { status: EditionStatus },
  nomination: { laureateAt: Date | null; publicationConsentAt: Date | null },
) {
  return edition.status === "published" && nomination.laureateAt !== null && nomination.publicationConsentAt !== null;
}

/** The Volunteer Day (5 December) of the edition's year, 17:00–20:00 Warsaw time, as datetime-local values. */
export function volunteerDay(year: number) {
  return { startsAt: `${year}-12-05T17:00`, endsAt: `${year}-12-05T20:00` };
}

/** "Name|10" lines of the edition form → criteria; null when a line is malformed. */
export function parseCriteria(text: string): { name: string; maxPoints: number }[] | null {
  const lines = text
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);
  const out: { name: string; maxPoints: number }[] = [];
  for (const line of lines) {
    const m = /^(.{3,200})\|\s*(\d{1,3})$/.exec(line);
    if (!m || Number(m[2]) < 1) return null;
    out.push({ name: m[1].trim(), maxPoints: Number(m[2]) });
  }
  return out.length > 0 ? out : null;
}

export function parseLines(text: string): string[] {
  return text
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);
}
