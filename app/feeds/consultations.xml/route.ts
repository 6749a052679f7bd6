import { atomResponse } from "@/lib/feeds/atom";
import { consultationsAtom } from "@/lib/feeds/content";
import { feedConsultations } from "@/lib/feeds/queries";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** Atom feed of consultations and their reports. */
export const GET = route({}, async ({ db }) => atomResponse(consultationsAtom(await feedConsultations(db))));
