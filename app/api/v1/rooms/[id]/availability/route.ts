import { cachedRoom } from "@/lib/bookings/cache";
import { roomBusy } from "@/lib/bookings/queries";
import { addDays, isIsoDate, warsawToday, warsawToInstant } from "@/lib/dates/warsaw";
import { daysBetween } from "@/lib/dates/warsaw";
import { invalid, ok, refuse, route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/**
 * GET /api/v1/rooms/{id}/availability?from=YYYY-MM-DD&to=YYYY-MM-DD — busy ranges of the room
 * (Warsaw days, `to` inclusive, at most 92 days; by default the next 7 days). No names.
 */
export const GET = route({ ids: ["id"], headers: { "Cache-Control": "public, max-age=60" } }, async ({ ids, search, db }) => {
  const room = await cachedRoom(ids.id);
  if (!room) return refuse("notFound");
  const from = search.get("from") ?? warsawToday();
  const to = search.get("to") ?? addDays(from, 6);
  if (!isIsoDate(from)) return invalid("from");
  if (!isIsoDate(to) || daysBetween(from, to) < 0 || daysBetween(from, to) > 92) return invalid("to");
  const busy = await roomBusy(db, room.id, warsawToInstant(from), warsawToInstant(addDays(to, 1)));
  return ok({
    roomId: room.id,
    from,
    to,
    timeZone: "Europe/Warsaw",
    busy: busy.map(({ startsAt, endsAt, kind }) => ({ startsAt, endsAt, kind })),
  });
});
