import "server-only";
import { createHash } from "node:crypto";
import { maxLogoBytes, reencodeLogo } from "@/lib/organizations/logo";
import { uploadedImageContentSecurityPolicy } from "@/lib/http/image-policy";

/*
 * Photos of things the Centre offers (rooms, municipal premises): uploaded through the same safe
 * path as organizations' logos (decoded and drawn again as a PNG, nothing else of the file kept),
 * stored with a content hash, and served with that hash as a version that may be cached for a year.
 */

export interface PhotoFile {
  size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** Photos may be larger than logos (a room, a façade), but not without limit. */
export const maxPhotoBytes = maxLogoBytes * 4;

export type PhotoProblem = "photoRequired" | "photoTooLarge" | "photoType";

/** The uploaded file made safe, with its hash; or what is wrong with it (an error key of the photo field). */
export async function safePhoto(
  file: PhotoFile | null,
): Promise<{ ok: true; bytes: Uint8Array; hash: string } | { ok: false; problem: PhotoProblem }> {
  if (!file || file.size === 0) return { ok: false, problem: "photoRequired" };
  if (file.size > maxPhotoBytes) return { ok: false, problem: "photoTooLarge" };
  const bytes = await reencodeLogo(new Uint8Array(await file.arrayBuffer()));
  if (!bytes) return { ok: false, problem: "photoType" };
  return { ok: true, bytes, hash: createHash("sha256").update(bytes).digest("hex").slice(0, 16) };
}

/** A stored photo as an HTTP answer: immutable when asked for by its current hash (`?v=`), else for five minutes. */
export function photoResponse(request: Request, photo: { contentType: string; bytes: Uint8Array; hash: string }, version: string | null) {
  const etag = `"${photo.hash}"`;
  const headers = {
    "Content-Type": photo.contentType,
    ETag: etag,
    "Cache-Control": version === photo.hash ? "public, max-age=31536000, immutable" : "public, max-age=300",
    "Content-Security-Policy": uploadedImageContentSecurityPolicy,
    "X-Content-Type-Options": "nosniff",
  };
  if (request.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers });
  return new Response(Buffer.from(photo.bytes), { headers });
}
