import { parseId } from "@/lib/core/ids";
import { ok, refuse, route } from "@/lib/http/route";
import { appLink } from "@/lib/mail/links";
import { cachedMeeting } from "@/lib/meetings/cache";
import { meetingIcs } from "@/lib/meetings/ics";

export const dynamic = "force-dynamic";

/**
 * GET /api/v1/meetings/{id}.ics — the meeting as an iCalendar file (to add it to a calendar);
 * GET /api/v1/meetings/{id} — the public fields as JSON.
 */
export const GET = route({ headers: { "Cache-Control": "public, max-age=300" } }, async ({ params }) => {
  const ics = params.id.endsWith(".ics");
  const id = parseId(ics ? params.id.slice(0, -4) : params.id);
  const meeting = id ? await cachedMeeting(id) : null;
  if (!meeting) return refuse("notFound");
  if (!ics) return ok(meeting);
  const body = meetingIcs({
    uid: `meeting-${meeting.id}@wspolnie`,
    summary: meeting.title,
    location: meeting.place,
    description: meeting.description || undefined,
    url: appLink("pl", `/meetings/${meeting.id}`),
    startsAt: new Date(meeting.startsAt),
    endsAt: new Date(meeting.endsAt),
    stamp: new Date(),
  });
  return new Response(body, {
    headers: { "Content-Type": "text/calendar; charset=utf-8", "Content-Disposition": `attachment; filename="meeting-${meeting.id}.ics"` },
  });
});
