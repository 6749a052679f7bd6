import { cachedResults } from "@/lib/decisions/cache";
import { ok, refuse, route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/**
 * Open data: the published results of one competition (applicant, task, mean points, grant in
 * grosze or null). 404 for an unknown competition or results not yet published.
 */
export const GET = route(
  { ids: ["id"], headers: { "Cache-Control": "public, max-age=300", "Access-Control-Allow-Origin": "*" } },
  async ({ ids }) => {
    const results = await cachedResults(ids.id);
    if (!results || !results.publishedAt) return refuse("notFound");
    return ok({
      competition: {
        id: results.competition.id,
        number: results.competition.number,
        title: results.competition.title,
        budgetGrosze: results.competition.budgetGrosze,
      },
      publishedAt: results.publishedAt,
      grantedTotalGrosze: results.grantedTotalGrosze,
      offers: results.offers.map((o) => ({
        position: o.position,
        applicant: o.applicant,
        title: o.title,
        points: o.points,
        grantGrosze: o.grantGrosze,
      })),
    });
  },
);
