import { and, count, eq, gte, inArray, sql } from "drizzle-orm";
import { auditLog, offers } from "@/lib/db/schema";
import { crashDuringRush } from "./competitions-crash";
import { burst, rushReport, waitUntil, type Submission } from "./competitions-rush";
import {
  assertSubmittable,
  id,
  memberEmail,
  repEmail,
  seedPeople,
  seedPublishedResults,
  seedRushCompetition,
  seedScoredCompetition,
} from "./competitions-seed";
import { sessionCookie } from "./session";
import type { BenchModule } from "./types";

/*
 * Open competitions (issue 4):
 * - the public competition page and its results with 300 offers (cached);
 * - the commission's ranking page of 500 offers × 5 members × 6 criteria, all scored, as a member;
 * - a deadline rush: 500 drafts of 500 organizations submitted together in the last seconds before
 *   the deadline (plus repeats of 50 of them), then 100 more after it; checked in the database;
 * - the server killed (SIGKILL) in the middle of another rush of 500 and restarted
 *   (./competitions-crash.ts); checked in the database too.
 *
 * The deadline is an absolute instant stored in the database before the server starts, while the
 * rush runs after every page was measured. Rather than guess that moment, the seed lays a ladder
 * of rush competitions with deadlines spread from well before to well after the expected start
 * (each with its own drafts); `run` takes the first one still far enough ahead and waits for it.
 */

const RESULTS_OFFERS = 300;
const RANKING_OFFERS = 500;
const MEMBERS = 5;
const ON_TIME = 500;
const LATE = 100;
const REPEATS = 50;
/** How long before the deadline the 500 leave (the server must answer them all before it). */
const LEAD_MS = Number(process.env.BENCH_RUSH_LEAD_SECONDS ?? 20) * 1000;

interface Rung {
  key: string;
  competitionId: string;
  deadline: Date;
  offerIds: string[];
}

const state: {
  resultsId?: string;
  rankingId?: string;
  rungs: Rung[];
  used?: Rung;
  crash?: { competitionId: string; offerIds: string[]; ran?: boolean };
} = { rungs: [] };

/** Deadlines after the seed: a geometric ladder around the expected start of the rush. */
function ladder(seedEnd: number) {
  const seconds = Number(process.env.BENCH_SECONDS ?? 10);
  const expected = 20 + 20 * (seconds + Math.min(3, seconds) + 2.5); // start-up, then about twenty pages measured (loaded, then alone)
  const first = 0.4 * expected + LEAD_MS / 1000;
  return Array.from({ length: 8 }, (_, k) => new Date(seedEnd + Math.round(first * 1.35 ** k) * 1000));
}

const rep = (i: number) => ({ id: id("rep", i), email: repEmail(i), name: `Przedstawiciel ${i + 1}` });

export const competitionsBench: BenchModule = {
  name: "competitions",

  async seed(db) {
    assertSubmittable();
    const now = new Date();
    const people = await seedPeople(db, ON_TIME + LATE, MEMBERS);
    const memberIds = people.members.map((m) => m.id);
    state.resultsId = await seedPublishedResults(db, people.organizations.slice(0, RESULTS_OFFERS), memberIds, now);
    state.rankingId = await seedScoredCompetition(db, people.organizations.slice(0, RANKING_OFFERS), memberIds, now);
    // The ladder's rungs, each with one prepared draft per organization (the first 500 on time, 100 late).
    const provisional = ladder(Date.now());
    for (const [k, deadline] of provisional.entries()) {
      const key = `rush-${k}`;
      const { competitionId, offerIds } = await seedRushCompetition(db, key, people.organizations, deadline);
      state.rungs.push({ key, competitionId, deadline, offerIds });
    }
    // The crash scenario's competition: its deadline is far away, the restart must not race it.
    state.crash = await seedRushCompetition(db, "crash", people.organizations.slice(0, ON_TIME), new Date(Date.now() + 12 * 3600_000));
  },

  async targets(base) {
    const member = await sessionCookie({ id: id("member", 1), email: memberEmail(1), name: "Członek Komisji 2" });
    const ranking = `/commission/${state.rankingId}/ranking`;
    // A refused or empty page would measure the wrong thing: check each one answers with its content.
    const probe = async (path: string, text: string, cookie?: string) => {
      const response = await fetch(base + path, { headers: cookie ? { cookie } : {} });
      const html = await response.text();
      if (response.status !== 200 || !html.includes(text))
        throw new Error(`bench competitions: ${path} answered ${response.status} without "${text}"`);
    };
    await probe(`/competitions/${state.resultsId}`, "BENCH-WYNIKI.2026");
    await probe(`/competitions/${state.resultsId}/results`, "edycja 300");
    await probe(ranking, "Strona 1 z 5", member); // all 500 ranked, shown a hundred at a time
    return [
      { name: "competition page, 300 offers (cached)", path: `/competitions/${state.resultsId}`, reference: "static" },
      { name: "results, 300 offers (cached)", path: `/competitions/${state.resultsId}/results`, reference: "static" },
      {
        name: "commission ranking 500×5×6 (member, first page)",
        path: ranking,
        reference: "session",
        init: { headers: { cookie: member } },
      },
    ];
  },

  async run(base, server) {
    const cookies = await Promise.all(Array.from({ length: ON_TIME + LATE }, (_, i) => sessionCookie(rep(i))));
    const rung = state.rungs.find((r) => r.deadline.getTime() - Date.now() > LEAD_MS + 3000);
    if (!rung)
      return [
        `rush: FAIL — every prepared deadline passed before the rush could start (last ${state.rungs.at(-1)?.deadline.toISOString()}); the pages took longer than expected`,
      ];
    state.used = rung;
    const deadline = rung.deadline.getTime();
    const waited = (deadline - LEAD_MS - Date.now()) / 1000;
    await waitUntil(deadline - LEAD_MS);
    const onTimeItems = rung.offerIds.slice(0, ON_TIME).map((offerId, i) => ({ offerId, cookie: cookies[i] }));
    const repeatItems = onTimeItems.slice(0, REPEATS);
    const burstResults = await burst(base, [...onTimeItems, ...repeatItems]);
    const onTime: Submission[] = burstResults.slice(0, ON_TIME);
    const repeats = burstResults.slice(ON_TIME);
    await waitUntil(deadline + 500);
    const late = await burst(
      base,
      rung.offerIds.slice(ON_TIME).map((offerId, i) => ({ offerId, cookie: cookies[ON_TIME + i] })),
    );
    const report = rushReport(deadline, onTime, repeats, late);
    const lines = [`waited ${waited.toFixed(0)} s for the prepared deadline (rung ${rung.key})`, ...report.lines];
    if (!state.crash) return lines;
    const crash = await crashDuringRush(
      base,
      server,
      state.crash.offerIds.map((offerId, i) => ({ offerId, cookie: cookies[i] })),
    );
    state.crash.ran = true;
    return [...lines, "", "crash during a rush:", ...crash.lines];
  },

  async check(db) {
    const rung = state.used;
    if (!rung) return ["rush check: FAIL — the rush did not run"];
    const onTimeIds = rung.offerIds.slice(0, ON_TIME);
    const lateIds = rung.offerIds.slice(ON_TIME);
    const [submitted] = await db
      .select({ n: count() })
      .from(offers)
      .where(and(inArray(offers.id, onTimeIds), eq(offers.status, "submitted")));
    const [lateUnchanged] = await db
      .select({ n: count() })
      .from(offers)
      .where(and(inArray(offers.id, lateIds), eq(offers.status, "draft"), sql`${offers.submittedAt} is null`));
    const [afterDeadline] = await db
      .select({ n: count() })
      .from(offers)
      .where(and(eq(offers.competitionId, rung.competitionId), gte(offers.submittedAt, rung.deadline)));
    const audits = await db
      .select({ entityId: auditLog.entityId, n: count() })
      .from(auditLog)
      .where(and(eq(auditLog.action, "offer.submit"), inArray(auditLog.entityId, rung.offerIds)))
      .groupBy(auditLog.entityId);
    const once = audits.filter((a) => a.n === 1 && onTimeIds.includes(a.entityId)).length;
    const duplicates = audits.filter((a) => a.n > 1).length;
    const lateAudited = audits.filter((a) => lateIds.includes(a.entityId)).length;
    const ok =
      submitted.n === ON_TIME &&
      once === ON_TIME &&
      duplicates === 0 &&
      lateUnchanged.n === LATE &&
      lateAudited === 0 &&
      afterDeadline.n === 0;
    return [
      ...(await checkCrash(db)),
      `submitted offers: ${submitted.n} of ${ON_TIME}; audited submissions: ${once} exactly once, ${duplicates} offers more than once`,
      `late drafts still drafts: ${lateUnchanged.n} of ${LATE} (${lateAudited} audited); submitted at or after the deadline: ${afterDeadline.n}`,
      ok ? "rush check: PASS" : "rush check: FAIL",
    ];
  },
};

/** After the crash and the restart: every offer of that rush submitted, and audited, exactly once. */
async function checkCrash(db: Parameters<NonNullable<BenchModule["check"]>>[0]): Promise<string[]> {
  const crash = state.crash;
  if (!crash?.ran) return ["crash check: FAIL — the crash scenario did not run"];
  const [submitted] = await db
    .select({ n: count() })
    .from(offers)
    .where(and(inArray(offers.id, crash.offerIds), eq(offers.status, "submitted")));
  const audits = await db
    .select({ entityId: auditLog.entityId, n: count() })
    .from(auditLog)
    .where(and(eq(auditLog.action, "offer.submit"), inArray(auditLog.entityId, crash.offerIds)))
    .groupBy(auditLog.entityId);
  const once = audits.filter((a) => a.n === 1).length;
  const twice = audits.filter((a) => a.n > 1).length;
  const ok = submitted.n === crash.offerIds.length && once === crash.offerIds.length && twice === 0;
  return [
    `crash rush: ${submitted.n} of ${crash.offerIds.length} offers submitted; audited exactly once: ${once}, more than once: ${twice}`,
    ok ? "crash check: PASS" : "crash check: FAIL",
    "",
  ];
}
