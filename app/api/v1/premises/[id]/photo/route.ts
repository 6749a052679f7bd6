import { photoResponse } from "@/lib/core/photo";
import { refuse, route } from "@/lib/http/route";
import { premisesPhoto } from "@/lib/premises/queries";

export const dynamic = "force-dynamic";

/** The premises' photo (re-encoded on upload); with its current hash (`?v=`) cached for a year. */
export const GET = route({ ids: ["id"] }, async ({ request, ids, db, search }) => {
  const photo = await premisesPhoto(db, ids.id);
  return photo ? photoResponse(request, photo, search.get("v")) : refuse("notFound");
});
