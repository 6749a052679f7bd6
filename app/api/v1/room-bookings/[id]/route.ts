import { bookingsIcs, feedSecret, isOrganizationFeedToken } from "@/lib/bookings/ics";
import { organizationBookingsForFeed } from "@/lib/bookings/queries";
import { parseId } from "@/lib/core/ids";
import { refuse, route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/**
 * GET /api/v1/room-bookings/{organizationId}.ics?token=… — an organization's private calendar of
 * its room bookings (pending and confirmed). The token (an HMAC of the id) is shown on "My bookings".
 */
export const GET = route({ headers: { "Cache-Control": "private, max-age=300" } }, async ({ params, search, db }) => {
  const raw = params.id.endsWith(".ics") ? params.id.slice(0, -4) : null;
  const id = parseId(raw);
  const token = search.get("token") ?? "";
  if (!id || !isOrganizationFeedToken(id, token, await feedSecret())) return refuse("notFound");
  const rows = await organizationBookingsForFeed(db, id, new Date(Date.now() - 30 * 86_400_000));
  const body = bookingsIcs(
    rows[0]?.who ?? "Centrum",
    rows.map((r) => ({
      uid: `room-booking-${r.id}@wspolnie`,
      summary: `${r.room}: ${r.purpose}`,
      location: `${r.room}, ul. Świętojańska 22/1, Białystok`,
      description: r.status === "pending" ? "Oczekuje na potwierdzenie / Pending" : undefined,
      startsAt: r.startsAt,
      endsAt: r.endsAt,
    })),
  );
  return new Response(body, {
    headers: { "Content-Type": "text/calendar; charset=utf-8", "Content-Disposition": `attachment; filename="bookings-${id}.ics"` },
  });
});
