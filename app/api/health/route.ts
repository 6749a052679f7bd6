import { health } from "@/lib/http/health";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** For load balancers: 200 when the database, Redis (with REDIS_URL) and the file storage answer within 3 s, else 503. */
export const GET = route({ headers: { "Cache-Control": "no-store" } }, async () => {
  const answer = await health();
  return Response.json(answer, { status: answer.status === "ok" ? 200 : 503, headers: { "Cache-Control": "no-store" } });
});
