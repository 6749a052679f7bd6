import { uploadedImageContentSecurityPolicy } from "@/lib/http/image-policy";
import { refuse, route } from "@/lib/http/route";
import { premisesPhoto } from "@/lib/premises/queries";

export const dynamic = "force-dynamic";

/** The premises' photo (re-encoded on upload); with its current hash (`?v=`) cached for a year. */
export const GET = route({ ids: ["id"] }, async ({ request, ids, db, search }) => {
  const photo = await premisesPhoto(db, ids.id);
  if (!photo) return refuse("notFound");
  const etag = `"${photo.hash}"`;
  const headers = {
    "Content-Type": photo.contentType,
    ETag: etag,
    "Cache-Control": search.get("v") === photo.hash ? "public, max-age=31536000, immutable" : "public, max-age=300",
    "Content-Security-Policy": uploadedImageContentSecurityPolicy,
    "X-Content-Type-Options": "nosniff",
  };
  if (request.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers });
  return new Response(Buffer.from(photo.bytes), { headers });
});
