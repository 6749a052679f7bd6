import { database } from "@/lib/db/client";
import { ok, route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** For load balancers: 200 when the database answers within 3 s, else 503. */
export const GET = route({ headers: { "Cache-Control": "no-store" } }, async () => {
  try {
    const opened = await database();
    await Promise.race([opened.ping(), new Promise((_, reject) => setTimeout(() => reject(new Error("timeout")), 3000))]);
    return ok({ status: "ok", database: opened.engine });
  } catch {
    return Response.json({ status: "unavailable" }, { status: 503 });
  }
});
