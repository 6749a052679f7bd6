import { revalidateConsultation } from "@/lib/consultations/cache";
import { postCommentFromApi } from "@/lib/consultations/comment-api";
import { isCommentOf, repliesOf, threadPage } from "@/lib/consultations/comment-queries";
import { threadOrders, type ThreadOrder } from "@/lib/consultations/rules";
import { parseId } from "@/lib/core/ids";
import { invalid, ok, refuse, route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

const headers = { "Cache-Control": "no-store" };

/** Next page of a thread (?order=&cursor=) or the replies of one comment (?parent=). Public fields only. */
export const GET = route({ ids: ["id"], headers }, async ({ ids, db, search }) => {
  if (search.has("parent")) {
    const parent = parseId(search.get("parent"));
    if (!parent) return invalid("parent");
    if (!(await isCommentOf(db, ids.id, parent))) return refuse("notFound");
    return ok({ items: await repliesOf(db, parent), next: null });
  }
  const order = (search.get("order") ?? "newest") as ThreadOrder;
  if (!threadOrders.includes(order)) return invalid("order");
  return ok(await threadPage(db, { consultationId: ids.id, order, cursor: search.get("cursor") }));
});

/**
 * POST a comment as JSON (`{ body, paragraphNumber?, parentId?, organizationId?, stance? }`) with
 * the session cookie: the same command, rules and permission as the page's form
 * (lib/consultations/comment-api.ts). The public page is revalidated at once.
 */
export const POST = route({ ids: ["id"], body: "json", headers, created: true }, async ({ ids, db, principal, body }) => {
  const result = await postCommentFromApi(db, await principal(), ids.id, body);
  if (result.ok) revalidateConsultation(ids.id);
  return result;
});
