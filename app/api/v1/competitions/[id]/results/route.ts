import { cachedResults } from "@/lib/decisions/cache";

export const dynamic = "force-dynamic";

const headers = { "Cache-Control": "public, max-age=300", "Access-Control-Allow-Origin": "*" };

/**
 * Open data: the published results of one competition (applicant, task, mean points, grant in
 * grosze or null). 404 for an unknown competition or results not yet published.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const results = /^[0-9a-f-]{36}$/i.test(id) ? await cachedResults(id) : null;
  if (!results || !results.publishedAt) return Response.json({ error: "notFound" }, { status: 404, headers });
  return Response.json(
    {
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
    },
    { headers },
  );
}
