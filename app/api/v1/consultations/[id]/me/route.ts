import { currentPrincipal } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { consultationPersonalState } from "@/lib/notifications/personal";

export const dynamic = "force-dynamic";

/** Whether the logged-in person follows this consultation and answered its survey (for the cached page). */
export async function GET(_: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const headers = { "Cache-Control": "private, no-store" };
  if (!/^[0-9a-f-]{36}$/i.test(id)) return Response.json({ error: "notFound" }, { status: 404, headers });
  return Response.json(await consultationPersonalState(await getDb(), await currentPrincipal(), id), { headers });
}
