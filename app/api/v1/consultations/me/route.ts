import { inArray } from "drizzle-orm";
import { currentPrincipal } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { organizations } from "@/lib/db/schema";

export const dynamic = "force-dynamic";

/** The logged-in person's id and organizations, for the comment forms of the cached pages. */
export async function GET() {
  const principal = await currentPrincipal();
  const headers = { "Cache-Control": "private, no-store" };
  if (!principal) return Response.json({ userId: null, organizations: [] }, { headers });
  const ids = [...principal.organizations.keys()];
  const orgs = ids.length
    ? await (
        await getDb()
      )
        .select({ id: organizations.id, name: organizations.name })
        .from(organizations)
        .where(inArray(organizations.id, ids))
    : [];
  return Response.json({ userId: principal.userId, organizations: orgs }, { headers });
}
