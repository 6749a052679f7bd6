import { and, eq } from "drizzle-orm";
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
    const [owner] = await db.select({ id: consultationComments.id }).from(consultationComments).where(and(eq(consultationComments.id, parent), eq(consultationComments.consultationId, id)));
    if (!owner) return Response.json({ error: "notFound" }, { status: 404, headers });
    return Response.json({ items: await repliesOf(db, parent), next: null }, { headers });
  }
  const order = (search.get("order") ?? "newest") as ThreadOrder;
  if (!threadOrders.includes(order)) return Response.json({ error: "invalidQuery" }, { status: 400, headers });
  return Response.json(await threadPage(db, { consultationId: id, order, cursor: search.get("cursor") }), { headers });
}
