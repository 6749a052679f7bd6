import { eventsIcs } from "@/lib/feeds/content";
import { icsResponse } from "@/lib/feeds/ics";
import { feedEvents } from "@/lib/feeds/queries";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** iCalendar feed of the events (lib/meetings) from 90 days back on. */
export const GET = route({}, async ({ db }) => icsResponse(eventsIcs(await feedEvents(db, new Date()))));
