import { eq, sql } from "drizzle-orm";
import { recordAudit } from "@/lib/audit/record";
import { hashPassword } from "@/lib/auth/password";
import type { Db, Tx } from "@/lib/db/open";
import { auditLog, mailOutbox } from "@/lib/db/schema";
import { demoClock } from "./clock";
import { seedCentreRooms } from "./centre-rooms";
import { seedAdvice, seedPremises } from "./centre-advice";
import { seedCompetitions } from "./competitions";
import { seedContracts } from "./contracts";
import { seedConsultations } from "./consultations";
import { demoCoreSeeded, seedDemoCore } from "./core";
import { DEMO_PASSWORD } from "./demo-data";
import { seedOrganizationsManage } from "./organizations-manage";
import { seedParticipation } from "./participation";
import { seedCentreEvents } from "./centre-events";
import type { DemoCatalogIds } from "./catalog";
import { asDb, storyContext } from "./run";
import { seedSmallGrants } from "./small-grants";
import { seedNews } from "./news";
import { seedPatronages, seedPromotion } from "./patronages";
import { seedVolunteering } from "./volunteering";
import { seedProgrammes } from "./programmes";
import { seedAwards } from "./awards";

export interface SeedDemoOptions {
  /** the day the demo is told from: every date of the demo is counted from it (tests move it) */
  now?: Date;
}

export async function demoSeeded(tx: Pick<Tx, "select">) {
  const rows = await tx.select({ id: auditLog.id }).from(auditLog).where(eq(auditLog.action, "seed.demo")).limit(1);
  return rows.length > 0;
}

/**
 * The public demo, into a database without it: the organisations and accounts (data), then the
 * story of the modules told through their own commands, on a clock that ends today — competitions in
 * every stage, contracts with their tranches and reports, small grants, consultations, meetings, a
 * survey. Everything in one transaction (the commands nest as savepoints), so a failure leaves no
 * half demo, and under an advisory lock, so two instances starting together seed it once. The mail
 * the story's commands queue is dropped: nobody is to be written to about the demo's past. Returns
 * whether it seeded anything.
 */
export async function seedDemo(db: Db, options: SeedDemoOptions = {}): Promise<boolean> {
  const clock = demoClock(options.now ?? new Date());
  // argon2 is slow: hash the one demo password before the transaction opens
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('wspolnie:demo-seed'))`);
    if (await demoSeeded(tx)) return false;
    // the bench loads the core itself (scripts/bench.ts) before the server tells the rest
    const core = (await demoCoreSeeded(tx)) ? null : await seedDemoCore(tx, clock, passwordHash);
    const ctx = storyContext(asDb(tx), clock.now);
    const competitions = await seedCompetitions(ctx);
    // two of the granted offers have their contracts; the rest wait for the administrator
    const contracts = await seedContracts(ctx, competitions.results.granted.slice(0, 2));
    const smallGrants = await seedSmallGrants(ctx);
    const consultations = await seedConsultations(ctx);
    const meetings = await seedParticipation(ctx, consultations);
    await seedOrganizationsManage(ctx);
    await seedCentreRooms(ctx);
    await seedCentreEvents(ctx);
    await seedAdvice(ctx);
    await seedPremises(ctx);
    await seedNews(ctx);
    await seedPatronages(ctx);
    await seedPromotion(ctx);
    await seedVolunteering(ctx);
    await seedProgrammes(ctx);
    await seedAwards(ctx);
    const catalog: DemoCatalogIds = {
      competitions: {
        open: competitions.open.id,
        review: competitions.review.id,
        scoring: competitions.scoring.id,
        results: competitions.results.id,
      },
      contracts: {
        multiYear: contracts.academy.id,
        overdueReport: contracts.overdue.id,
        soclabOverdueReport: contracts.overdueSoclab.id,
        reportToDecide: contracts.toDecide.id,
        settled: contracts.settled.id,
        trancheThisMonth: contracts.running[0].id,
        running: contracts.running[1].id,
        smallGrant: smallGrants.contract.id,
      },
      smallGrants: { inWindow: smallGrants.inWindow, overdue: smallGrants.overdue, signed: smallGrants.signed },
      consultations,
      meetings,
    };
    // rows inserted in this transaction carry its start time
    await tx.delete(mailOutbox).where(sql`${mailOutbox.createdAt} = now()`);
    await recordAudit(tx, {
      actor: null,
      action: "seed.demo",
      entityType: "database",
      entityId: "demo",
      after: { clock: clock.now.toISOString(), core, catalog },
    });
    return true;
  });
}

export { demoClock } from "./clock";
export { demoId } from "./ids";
export { seedDemoCore } from "./core";
export { demoCatalog, type DemoCatalog } from "./catalog";
