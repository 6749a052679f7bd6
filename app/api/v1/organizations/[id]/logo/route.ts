import { uploadedImageContentSecurityPolicy } from "@/lib/http/image-policy";
import { refuse, route } from "@/lib/http/route";
import { directoryIsPublic } from "@/lib/organizations/access";
import { readPublicLogo } from "@/lib/organizations/logo";

export const dynamic = "force-dynamic";

/**
 * The logo of a verified organization. Requested with its current hash (`?v=`), the response never
 * changes and is cached for a year; without it (or with an old hash) for five minutes.
 */
export const GET = route({ ids: ["id"] }, async ({ request, ids, db, search }) => {
  if (!directoryIsPublic()) return refuse("forbidden");
  const logo = await readPublicLogo(db, ids.id);
  if (!logo) return refuse("notFound");
  const etag = `"${logo.hash}"`;
  const headers = {
    "Content-Type": logo.contentType,
    ETag: etag,
    "Cache-Control": search.get("v") === logo.hash ? "public, max-age=31536000, immutable" : "public, max-age=300",
    "Content-Security-Policy": uploadedImageContentSecurityPolicy,
    "X-Content-Type-Options": "nosniff",
  };
  if (request.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers });
  return new Response(Buffer.from(logo.bytes), { headers });
});
