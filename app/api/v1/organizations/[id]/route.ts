import { ok, refuse, route } from "@/lib/http/route";
import { directoryIsPublic } from "@/lib/organizations/access";
import { openDataHeaders } from "@/lib/organizations/api";
import { cachedPublicOrganization } from "@/lib/organizations/cache";

export const dynamic = "force-dynamic";

/** Open data: one verified organization, public fields only; 404 JSON for unknown or unverified. */
export const GET = route({ ids: ["id"], headers: openDataHeaders }, async ({ ids }) => {
  if (!directoryIsPublic()) return refuse("forbidden");
  const organization = await cachedPublicOrganization(ids.id);
  return organization ? ok(organization) : refuse("notFound");
});
