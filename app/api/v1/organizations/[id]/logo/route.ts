import { getDb } from "@/lib/db/client";
import { directoryIsPublic } from "@/lib/organizations/access";
import { readPublicLogo } from "@/lib/organizations/logo";

export const dynamic = "force-dynamic";

/**
 * The logo of a verified organization. Requested with its current hash (`?v=`), the response never
 * changes and is cached for a year; without it (or with an old hash) for five minutes.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  if (!directoryIsPublic()) return new Response(null, { status: 403 });
  const { id } = await params;
  const logo = await readPublicLogo(await getDb(), id);
  if (!logo) return new Response(null, { status: 404 });
  const etag = `"${logo.hash}"`;
  const current = new URL(request.url).searchParams.get("v") === logo.hash;
  const headers = {
    "Content-Type": logo.contentType,
    ETag: etag,
    "Cache-Control": current ? "public, max-age=31536000, immutable" : "public, max-age=300",
    "Content-Security-Policy": "default-src 'none'; sandbox",
  };
  if (request.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers });
  return new Response(Buffer.from(logo.bytes), { headers });
}
