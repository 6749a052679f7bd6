import { desc, eq, inArray } from "drizzle-orm";
import type { Db } from "@/lib/db/open";
import { auditLog, competitions, consultations, contracts, meetings, smallGrants } from "@/lib/db/schema";

/** The ids of the demo's records, kept in the `seed.demo` audit entry (they are made by the commands, so not known in advance). */
export interface DemoCatalogIds {
  competitions: { open: string; review: string; scoring: string; results: string };
  contracts: {
    multiYear: string;
    overdueReport: string;
    /** SocLab's (ngo@demo.test) contract whose final report is overdue */
    soclabOverdueReport: string;
    reportToDecide: string;
    settled: string;
    trancheThisMonth: string;
    running: string;
    smallGrant: string;
  };
  smallGrants: { inWindow: string; overdue: string; signed: string };
  consultations: { open: string; closed: string; planned: string };
  meetings: { breakfast: string; openMeeting: string; workshop: string };
}

const pick = <T extends { id: string }>(rows: T[], ids: Record<string, string>) =>
  Object.fromEntries(Object.entries(ids).map(([key, id]) => [key, rows.find((r) => r.id === id)!])) as Record<string, T>;

/**
 * What the demo shows, by role in the story: ids with the numbers, titles and dates the records got
 * on the day the demo was seeded (the journeys read them instead of computing dates of their own).
 */
export async function demoCatalog(db: Db) {
  const [entry] = await db.select().from(auditLog).where(eq(auditLog.action, "seed.demo")).orderBy(desc(auditLog.id)).limit(1);
  if (!entry) return null;
  const ids = (entry.after as { catalog: DemoCatalogIds }).catalog;
  const competitionRows = await db
    .select({
      id: competitions.id,
      number: competitions.number,
      title: competitions.title,
      status: competitions.status,
      areaSlug: competitions.areaSlug,
      offerDeadline: competitions.offerDeadline,
      budgetGrosze: competitions.budgetGrosze,
    })
    .from(competitions)
    .where(inArray(competitions.id, Object.values(ids.competitions)));
  const contractRows = await db
    .select({
      id: contracts.id,
      number: contracts.number,
      title: contracts.title,
      status: contracts.status,
      organizationId: contracts.organizationId,
    })
    .from(contracts)
    .where(inArray(contracts.id, Object.values(ids.contracts)));
  const grantRows = await db
    .select({ id: smallGrants.id, title: smallGrants.title })
    .from(smallGrants)
    .where(inArray(smallGrants.id, Object.values(ids.smallGrants)));
  const consultationRows = await db
    .select({ id: consultations.id, title: consultations.title })
    .from(consultations)
    .where(inArray(consultations.id, Object.values(ids.consultations)));
  const meetingRows = await db
    .select({ id: meetings.id, title: meetings.title, startsAt: meetings.startsAt, endsAt: meetings.endsAt })
    .from(meetings)
    .where(inArray(meetings.id, Object.values(ids.meetings)));
  return {
    seededAt: (entry.after as { clock: string }).clock,
    competitions: pick(competitionRows, ids.competitions) as Record<keyof DemoCatalogIds["competitions"], (typeof competitionRows)[number]>,
    contracts: pick(contractRows, ids.contracts) as Record<keyof DemoCatalogIds["contracts"], (typeof contractRows)[number]>,
    smallGrants: pick(grantRows, ids.smallGrants) as Record<keyof DemoCatalogIds["smallGrants"], (typeof grantRows)[number]>,
    consultations: pick(consultationRows, ids.consultations) as Record<
      keyof DemoCatalogIds["consultations"],
      (typeof consultationRows)[number]
    >,
    meetings: pick(meetingRows, ids.meetings) as Record<keyof DemoCatalogIds["meetings"], (typeof meetingRows)[number]>,
  };
}
export type DemoCatalog = NonNullable<Awaited<ReturnType<typeof demoCatalog>>>;
