import { ok, route } from "@/lib/http/route";
import { consultationPersonalState } from "@/lib/notifications/personal";

export const dynamic = "force-dynamic";

/** Whether the logged-in person follows this consultation and answered its survey (for the cached page). */
export const GET = route({ ids: ["id"], headers: { "Cache-Control": "private, no-store" } }, async ({ ids, db, principal }) =>
  ok(await consultationPersonalState(db, await principal(), ids.id)),
);
