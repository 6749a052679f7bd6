import { cachedRooms } from "@/lib/bookings/cache";
import { bookingSettings } from "@/lib/bookings/settings";
import { invalid, ok, route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** GET /api/v1/rooms?page=&pageSize= — the Centre's rooms (capacity, equipment, accessibility, opening hours); no personal data. */
export const GET = route({ headers: { "Cache-Control": "public, max-age=300" } }, async ({ search }) => {
  const page = Number(search.get("page") ?? 1);
  const pageSize = Number(search.get("pageSize") ?? 50);
  if (!Number.isInteger(page) || page < 1) return invalid("page");
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > 100) return invalid("pageSize");
  const { total, items } = await cachedRooms(page, pageSize);
  const settings = bookingSettings();
  const openingHours = {
    days: "working days (Mon–Fri, not public holidays)",
    opens: settings.opensAt,
    closes: settings.closesAt,
    timeZone: "Europe/Warsaw",
  };
  return ok({ total, page, pageSize, openingHours, items });
});
