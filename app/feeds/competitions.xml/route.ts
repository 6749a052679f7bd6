import { atomResponse } from "@/lib/feeds/atom";
import { competitionsAtom } from "@/lib/feeds/content";
import { feedCompetitions } from "@/lib/feeds/queries";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** Atom feed of published competitions and their results. */
export const GET = route({}, async ({ db }) => atomResponse(competitionsAtom(await feedCompetitions(db))));
