import { eq } from "drizzle-orm";
import type { Tx } from "@/lib/db/open";
import { offers } from "@/lib/db/schema";
import { mailRepresentatives } from "@/lib/organizations/representatives";

/**
 * Tells the organizations bidding in a competition how it ended (void or withdrawn): those that
 * submitted an offer, and with `includeDrafts` those still writing one. One mail per representative.
 */
export async function mailBidders(
  tx: Tx,
  competitionId: string,
  options: { includeDrafts: boolean },
  build: Parameters<typeof mailRepresentatives>[3],
) {
  const rows = await tx
    .select({ organizationId: offers.organizationId, status: offers.status })
    .from(offers)
    .where(eq(offers.competitionId, competitionId));
  const organizations = new Set(rows.filter((r) => options.includeDrafts || r.status !== "draft").map((r) => r.organizationId));
  for (const organizationId of organizations) await mailRepresentatives(tx, organizationId, "competition_ended", build);
}
