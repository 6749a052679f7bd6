import { meetingIcs } from "@/lib/meetings/ics";
import { cachedMeeting } from "@/lib/meetings/cache";
import { appLink } from "@/lib/mail/links";

export const dynamic = "force-dynamic";

/**
 * GET /api/v1/meetings/{id}.ics — the meeting as an iCalendar file (to add it to a calendar);
 * GET /api/v1/meetings/{id} — the public fields as JSON.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id: raw } = await params;
  const ics = raw.endsWith(".ics");
  const id = ics ? raw.slice(0, -4) : raw;
  const meeting = await cachedMeeting(id);
  if (!meeting) return Response.json({ error: "notFound" }, { status: 404 });
  if (!ics) return Response.json(meeting, { headers: { "Cache-Control": "public, max-age=300" } });
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
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="meeting-${meeting.id}.ics"`,
      "Cache-Control": "public, max-age=300",
    },
  });
}
