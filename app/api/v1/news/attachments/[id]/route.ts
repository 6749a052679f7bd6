import { refuse, route } from "@/lib/http/route";
import { attachmentForDownload, attachmentResponse } from "@/lib/news/attachments";

export const dynamic = "force-dynamic";

/**
 * A news item's attachment, with its type, its name for saving, and (public, with its current hash
 * `?v=`) cached for a year. A draft's files are the staff's only; anything else is "not found".
 */
export const GET = route({ ids: ["id"] }, async ({ request, ids, db, search, principal }) => {
  // a public item's file needs no session; only a draft's is checked against the staff's
  let file = await attachmentForDownload(db, null, ids.id);
  if (!file) file = await attachmentForDownload(db, await principal(), ids.id);
  return file ? attachmentResponse(request, file, search.get("v")) : refuse("notFound");
});
