import { ok, route } from "@/lib/http/route";
import { organizationNames } from "@/lib/organizations/queries";

export const dynamic = "force-dynamic";

/** The logged-in person's id and organizations, for the comment forms of the cached pages. */
export const GET = route({ headers: { "Cache-Control": "private, no-store" } }, async ({ db, principal }) => {
  const me = await principal();
  const organizations = me ? await organizationNames(db, [...me.organizations.keys()]) : [];
  return ok({ userId: me?.userId ?? null, organizations });
});
