import { eq } from "drizzle-orm";
import { authorize, type Principal } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/open";
import { offers } from "@/lib/db/schema";
import { currentRankingOf } from "@/lib/scoring/cache";

/**
 * Public results: only once published. Applicant, task title, mean points and grant per offer.
 * Plain JSON (no Date), so it can be cached and served as open data.
 */
export async function publicResults(db: Db, competitionId: string) {
  const ranking = await currentRankingOf(db, competitionId);
  if (!ranking) return null;
  const c = ranking.competition;
  const base = { id: c.id, number: c.number, title: c.title, budgetGrosze: c.budgetGrosze, minTotalScore: c.minTotalScore };
  if (!ranking.publishedAt) return { competition: base, publishedAt: null, offers: [], grantedTotalGrosze: 0 };
  const rows = ranking.rows.map((r) => ({
    offerId: r.offerId,
    position: r.position,
    applicant: r.offer.organizationName,
    title: r.offer.title,
    points: r.mean,
    grantGrosze: r.offer.grantGrosze && r.offer.grantGrosze > 0 ? r.offer.grantGrosze : null,
  }));
  return {
    competition: base,
    publishedAt: ranking.publishedAt.toISOString(),
    offers: rows,
    grantedTotalGrosze: rows.reduce((sum, r) => sum + (r.grantGrosze ?? 0), 0),
  };
}

export type PublicResults = NonNullable<Awaited<ReturnType<typeof publicResults>>>;

/** The administrator's decisions page: the ranking with grants and the budget left. */
export async function decisionsOf(db: Db, principal: Principal | null, competitionId: string) {
  authorize(principal, "competition.decide");
  const ranking = await currentRankingOf(db, competitionId);
  if (!ranking) return null;
  const granted = ranking.rows.reduce((sum, r) => sum + (r.offer.grantGrosze ?? 0), 0);
  return { ranking, granted, remaining: ranking.competition.budgetGrosze - granted };
}

/** The representative's page for a grant lower than requested. */
export async function grantResponseOf(db: Db, principal: Principal | null, offerId: string) {
  const [offer] = await db.select().from(offers).where(eq(offers.id, offerId));
  authorize(principal, "offer.respondToGrant", { organizationId: offer?.organizationId ?? "-" });
  if (!offer) return null;
  return { offer, response: offer.grantResponse };
}
