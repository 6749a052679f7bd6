import { cachedRoom } from "@/lib/bookings/cache";
import { bookingsIcs } from "@/lib/bookings/ics";
import { roomBusy } from "@/lib/bookings/queries";
import { parseId } from "@/lib/core/ids";
import { addDays, warsawToday, warsawToInstant } from "@/lib/dates/warsaw";
import { ok, refuse, route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/**
 * GET /api/v1/rooms/{id} — the room's public fields; GET /api/v1/rooms/{id}.ics — its public
 * calendar feed: busy times of the next 90 days only, never who booked.
 */
export const GET = route({ headers: { "Cache-Control": "public, max-age=300" } }, async ({ params, db }) => {
  const ics = params.id.endsWith(".ics");
  const id = parseId(ics ? params.id.slice(0, -4) : params.id);
  const room = id ? await cachedRoom(id) : null;
  if (!room) return refuse("notFound");
  if (!ics) return ok(room);
  const today = warsawToday();
  const busy = await roomBusy(db, room.id, warsawToInstant(today), warsawToInstant(addDays(today, 90)));
  const body = bookingsIcs(
    room.name,
    busy.map((b, i) => ({
      uid: `room-${room.id}-${new Date(b.startsAt).getTime()}-${i}@wspolnie`,
      summary: b.kind === "block" ? "Niedostępna / Unavailable" : "Zajęta / Busy",
      location: `${room.name}, ul. Świętojańska 22/1, Białystok`,
      startsAt: new Date(b.startsAt),
      endsAt: new Date(b.endsAt),
    })),
  );
  return new Response(body, {
    headers: { "Content-Type": "text/calendar; charset=utf-8", "Content-Disposition": `attachment; filename="room-${room.id}.ics"` },
  });
});
