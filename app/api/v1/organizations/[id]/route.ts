import { directoryIsPublic } from "@/lib/organizations/access";
import { openDataHeaders } from "@/lib/organizations/api";
import { cachedPublicOrganization } from "@/lib/organizations/cache";

export const dynamic = "force-dynamic";

/** Open data: one verified organization, public fields only; 404 JSON for unknown or unverified. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  if (!directoryIsPublic()) return Response.json({ error: "forbidden" }, { status: 403 });
  const { id } = await params;
  const org = await cachedPublicOrganization(id);
  if (!org) return Response.json({ error: "notFound" }, { status: 404, headers: openDataHeaders });
  return Response.json(org, { headers: openDataHeaders });
}
