import { database } from "@/lib/db/client";

export const dynamic = "force-dynamic";

export async function GET() {
  try {
    const opened = await database();
    await Promise.race([opened.ping(), new Promise((_, reject) => setTimeout(() => reject(new Error("timeout")), 3000))]);
    return Response.json({ status: "ok", database: opened.engine }, { headers: { "Cache-Control": "no-store" } });
  } catch {
    return Response.json({ status: "unavailable" }, { status: 503, headers: { "Cache-Control": "no-store" } });
  }
}
