import { currentPrincipal } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { sameSiteJson, submitOfferHttp } from "@/lib/offers/submit-http";

export const dynamic = "force-dynamic";

const headers = { "Cache-Control": "private, no-store" };

/** Submits a draft offer (JSON); see lib/offers/submit-http.ts for the replies. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  if (!sameSiteJson(request)) return Response.json({ error: "unsupportedRequest" }, { status: 415, headers });
  const { id } = await params;
  const reply = await submitOfferHttp(await getDb(), await currentPrincipal(), id);
  return Response.json(reply.body, { status: reply.status, headers });
}
