import { and, eq } from "drizzle-orm";
import { revalidateTag } from "next/cache";
import { currentPrincipal } from "@/lib/auth/session";
import { CONSULTATIONS_TAG, consultationTag } from "@/lib/consultations/cache";
import { postCommentFromApi } from "@/lib/consultations/comment-api";
import { threadOrders, type ThreadOrder } from "@/lib/consultations/rules";
import { repliesOf, threadPage } from "@/lib/consultations/queries";
import { getDb } from "@/lib/db/client";
import { consultationComments } from "@/lib/db/schema";

export const dynamic = "force-dynamic";
const uuid = /^[0-9a-f-]{36}$/i;

/** Next page of a thread (?order=&cursor=) or the replies of one comment (?parent=). Public fields only. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const search = new URL(request.url).searchParams;
  const headers = { "Cache-Control": "no-store" };
  if (!uuid.test(id)) return Response.json({ error: "notFound" }, { status: 404, headers });
  const db = await getDb();
  const parent = search.get("parent");
  if (parent) {
    if (!uuid.test(parent)) return Response.json({ error: "invalidQuery" }, { status: 400, headers });
    const [owner] = await db
      .select({ id: consultationComments.id })
      .from(consultationComments)
      .where(and(eq(consultationComments.id, parent), eq(consultationComments.consultationId, id)));
    if (!owner) return Response.json({ error: "notFound" }, { status: 404, headers });
    return Response.json({ items: await repliesOf(db, parent), next: null }, { headers });
  }
  const order = (search.get("order") ?? "newest") as ThreadOrder;
  if (!threadOrders.includes(order)) return Response.json({ error: "invalidQuery" }, { status: 400, headers });
  return Response.json(await threadPage(db, { consultationId: id, order, cursor: search.get("cursor") }), { headers });
}

/** A cross-site page cannot send JSON with the session cookie without CORS (none is granted); the Origin check is a second guard. */
function sameOrigin(request: Request) {
  const origin = request.headers.get("origin");
  if (!origin) return true;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

/**
 * POST a comment as JSON (`{ body, paragraphNumber?, parentId?, organizationId?, stance? }`) with
 * the session cookie: the same command, rules and permission as the page's form
 * (lib/consultations/comment-api.ts). The public page is revalidated at once.
 */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const headers = { "Cache-Control": "no-store" };
  if (!uuid.test(id)) return Response.json({ error: "notFound" }, { status: 404, headers });
  if (!(request.headers.get("content-type") ?? "").includes("application/json"))
    return Response.json({ error: "unsupportedMediaType" }, { status: 415, headers });
  if (!sameOrigin(request)) return Response.json({ error: "forbidden" }, { status: 403, headers });
  const json = await request.json().catch(() => null);
  const answer = await postCommentFromApi(await getDb(), await currentPrincipal(), id, json);
  if (answer.status === 201) {
    revalidateTag(consultationTag(id), { expire: 0 });
    revalidateTag(CONSULTATIONS_TAG, { expire: 0 });
  }
  return Response.json(answer.body, { status: answer.status, headers });
}
