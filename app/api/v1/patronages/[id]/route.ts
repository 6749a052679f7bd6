import { ok, refuse, route } from "@/lib/http/route";
import { patronageToApi } from "@/lib/patronages/api";
import { grantedPatronage } from "@/lib/patronages/queries";

export const dynamic = "force-dynamic";

/** GET /api/v1/patronages/{id}: one granted patronage (a malformed, unknown or not granted id is a 404). */
export const GET = route(
  { ids: ["id"], headers: { "Cache-Control": "public, max-age=60", "Access-Control-Allow-Origin": "*" } },
  async ({ ids, db }) => {
    const row = await grantedPatronage(db, ids.id);
    return row ? ok(patronageToApi(row)) : refuse("notFound");
  },
);
