import { revalidateRoom } from "@/lib/bookings/cache";
import { bookRoom } from "@/lib/bookings/commands";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/**
 * POST /api/v1/rooms/{id}/bookings — the booking form's command as JSON (session cookie, same
 * origin): `{organizationId, startsAt, endsAt, purpose, attendees, equipment}` → 201 with the
 * booking; 409 when the room is taken (with the nearest free slots), 400 with field errors.
 */
export const POST = route({ ids: ["id"], body: "json", created: true }, async ({ ids, db, principal, body }) => {
  const input = body && typeof body === "object" && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
  const result = await bookRoom(db, await principal(), { ...input, roomId: ids.id });
  if (result.ok) revalidateRoom(ids.id);
  return result;
});
