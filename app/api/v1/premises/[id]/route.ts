import { ok, refuse, route } from "@/lib/http/route";
import { getPremises } from "@/lib/premises/queries";

export const dynamic = "force-dynamic";

/** GET /api/v1/premises/{id}: one premises of the offer or the register (a malformed or unknown id is a 404). */
export const GET = route(
  { ids: ["id"], headers: { "Cache-Control": "public, max-age=60", "Access-Control-Allow-Origin": "*" } },
  async ({ ids, db }) => {
    const row = await getPremises(db, ids.id);
    if (!row || row.status === "withdrawn") return refuse("notFound");
    return ok({
      id: row.id,
      address: row.address,
      district: row.district,
      areaM2: row.areaM2,
      condition: row.condition,
      rentPerM2Grosze: row.rentPerM2,
      availableFrom: row.availableFrom,
      status: row.status,
    });
  },
);
