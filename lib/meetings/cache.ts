import "server-only";
import { revalidateTag, unstable_cache } from "next/cache";
import { getDb } from "@/lib/db/client";
import type { MeetingListFilters } from "./list-filters";
import { getPublicMeeting, listPublicMeetings, upcomingMeetings } from "./queries";

/*
 * Cached public reads (no personal data): tag "meetings" for everything, `meeting:${id}` per
 * meeting. Upcoming/past depends on the clock, so the lists also expire every 10 minutes.
 */
const TAG = "meetings";
export const meetingTag = (id: string) => `meeting:${id}`;

export function cachedMeetingList(consultationId?: string, filters: MeetingListFilters = {}) {
  return unstable_cache(
    async () => listPublicMeetings(await getDb(), new Date(), { consultationId, kind: filters.type, year: filters.year }),
    ["meetings-list", consultationId ?? "all", filters.type ?? "", String(filters.year ?? "")],
    { tags: [TAG], revalidate: 600 },
  )();
}

/** The home page: the next meetings (the clock is read inside, so it also expires every minute). */
export const cachedUpcomingMeetings = unstable_cache(async () => upcomingMeetings(await getDb(), new Date(), 10), ["home-meetings"], {
  tags: [TAG],
  revalidate: 60,
});

export function cachedMeeting(id: string) {
  return unstable_cache(async () => getPublicMeeting(await getDb(), id), ["meeting-public", id], {
    tags: [TAG, meetingTag(id)],
    revalidate: 600,
  })();
}

export function revalidateMeeting(id?: string) {
  revalidateTag(TAG, { expire: 0 });
  if (id) revalidateTag(meetingTag(id), { expire: 0 });
}
