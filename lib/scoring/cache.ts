import "server-only";
import { revalidatePath } from "next/cache";
import { eq } from "drizzle-orm";
import type { Db } from "@/lib/db/open";
import { rankingRevisions } from "@/lib/db/schema";
import { rankingOf, type Ranking } from "./ranking";

/** After a member's step (declaration, conflict, scores) or the chair's closing: the commission's desk. */
export function revalidateCommissionDesk() {
  revalidatePath("/[locale]/commission/[competitionId]", "layout");
}

/** After an appointment: the administrator's commission page. */
export function revalidateCommissionAdmin() {
  revalidatePath("/[locale]/admin/competitions/[id]/commission", "page");
}

/*
 * Read paths (the member's desk and ranking, an offer's sheet, the protocol, decisions, results) take
 * the ranking from here. A competition of 500 offers × 5 members has 2 500 member totals to read and
 * rank; it changes only when somebody scores, declares, decides or edits, and database triggers count
 * each such change in ranking_revisions (migration 0018). A process keeps the last ranking per
 * competition with the counter it was computed at, so every server instance sees a change at once.
 * Commands never use this: they rank inside their own transaction with `rankingOf(tx, …)`.
 */

const MAX_COMPETITIONS = 32;

interface Entry {
  revision: number;
  ranking: Promise<Ranking | null>;
}

/** Per database handle (tests open many databases in one process), per competition. */
const caches = new WeakMap<Db, Map<string, Entry>>();

/** The competition's ranking as of now, computed at most once per change. Treat it as read-only. */
export async function currentRankingOf(db: Db, competitionId: string): Promise<Ranking | null> {
  // The counter first, then the data: the data is then at least as new as the counter it is kept under.
  const [row] = await db
    .select({ revision: rankingRevisions.revision })
    .from(rankingRevisions)
    .where(eq(rankingRevisions.competitionId, competitionId));
  const revision = row?.revision ?? 0;
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  const kept = cache.get(competitionId);
  if (kept && kept.revision >= revision) {
    cache.delete(competitionId); // most recently used last
    cache.set(competitionId, kept);
    return kept.ranking;
  }
  const ranking = rankingOf(db, competitionId);
  cache.set(competitionId, { revision, ranking });
  ranking.catch(() => {
    if (cache.get(competitionId)?.ranking === ranking) cache.delete(competitionId);
  });
  for (const key of cache.keys()) {
    if (cache.size <= MAX_COMPETITIONS) break;
    cache.delete(key);
  }
  return ranking;
}
