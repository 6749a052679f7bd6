import { deadlinesIcs } from "@/lib/feeds/content";
import { icsResponse } from "@/lib/feeds/ics";
import { feedDeadlines } from "@/lib/feeds/queries";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** iCalendar feed of the offer deadlines of published competitions. */
export const GET = route({}, async ({ db }) => icsResponse(deadlinesIcs(await feedDeadlines(db, new Date()))));
