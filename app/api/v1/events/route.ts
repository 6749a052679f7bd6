import { parsePaging, slicePage } from "@/lib/http/paging";
import { invalid, ok, route } from "@/lib/http/route";
import { listEvents } from "@/lib/meetings/queries";
import { meetingKinds, type MeetingKind } from "@/lib/meetings/rules";

export const dynamic = "force-dynamic";

/**
 * Open data: GET /api/v1/events?type=&year=&page=&pageSize= — the Centre's trainings and events
 * and the consultations' meetings (one module), the latest first: `{ total, page, pageSize, items }`,
 * no personal data (seat counts only). Each event's `.ics` is /api/v1/meetings/{id}.ics.
 */
export const GET = route({ headers: { "Cache-Control": "public, max-age=300" } }, async ({ db, search }) => {
  const type = search.get("type");
  const year = search.get("year");
  if (type && !(meetingKinds as readonly string[]).includes(type)) return invalid("type");
  if (year && !/^20\d\d$/.test(year)) return invalid("year");
  const paging = parsePaging(search);
  if (!paging.ok) return invalid(paging.field);
  const rows = await listEvents(db, { kind: (type as MeetingKind) || undefined, year: year ? Number(year) : undefined });
  const page = slicePage(rows, paging.paging);
  return ok({
    ...page,
    items: page.items.map((e) => ({
      id: e.id,
      type: e.kind,
      title: e.title,
      description: e.description,
      organizer: e.organizer,
      topicArea: e.topicArea,
      audience: e.audience,
      place: e.place,
      onlineUrl: e.onlineUrl,
      startsAt: e.startsAt,
      endsAt: e.endsAt,
      registrationDeadline: e.registrationDeadline,
      capacity: e.capacity,
      registered: e.registered,
      waiting: e.waiting,
      consultationId: e.consultationId,
      ics: `/api/v1/meetings/${e.id}.ics`,
    })),
  });
});
