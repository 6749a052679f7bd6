import { roomPhoto } from "@/lib/bookings/queries";
import { photoResponse } from "@/lib/core/photo";
import { refuse, route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** A room's photo (re-encoded on upload); with its current hash (`?v=`) cached for a year. */
export const GET = route({ ids: ["id"] }, async ({ request, ids, db, search }) => {
  const photo = await roomPhoto(db, ids.id);
  return photo ? photoResponse(request, photo, search.get("v")) : refuse("notFound");
});
