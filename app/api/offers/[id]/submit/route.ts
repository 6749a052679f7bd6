import { route } from "@/lib/http/route";
import { submitOfferForApi } from "@/lib/offers/submit-http";

export const dynamic = "force-dynamic";

/** Submits a draft offer (JSON, same origin); see lib/offers/submit-http.ts for the replies. */
export const POST = route(
  { ids: ["id"], body: "json", headers: { "Cache-Control": "private, no-store" } },
  async ({ ids, db, principal }) => submitOfferForApi(db, await principal(), ids.id),
);
