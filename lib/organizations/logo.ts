import "server-only";
import { createHash } from "node:crypto";
import { eq } from "drizzle-orm";
import sharp from "sharp";
import { actorOf, recordAudit } from "@/lib/audit/record";
import { authorize, type Principal } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/open";
import { organizationLogos, organizations } from "@/lib/db/schema";
import type { CommandResult } from "@/lib/forms/result";
import { isId, parseId } from "@/lib/core/ids";

/** Logos are small: shown at most 160 px wide; 512 KB is plenty for a PNG or JPEG of that size. */
export const maxLogoBytes = 512 * 1024;
/** The stored logo's longest side (four times what pages show, for sharp screens). */
export const logoSidePixels = 640;
/** Images claiming more pixels than this are refused before they are decoded (decompression bombs). */
const maxInputPixels = 6000 * 6000;

/**
 * The image type from the file's first bytes, never from its name or the browser's claim.
 * SVG is refused on purpose: it can carry scripts.
 */
export function detectImageType(bytes: Uint8Array): "image/png" | "image/jpeg" | "image/webp" | null {
  const starts = (...signature: number[]) => signature.every((b, i) => bytes[i] === b);
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return "image/png";
  if (starts(0xff, 0xd8, 0xff)) return "image/jpeg";
  if (starts(0x52, 0x49, 0x46, 0x46) && String.fromCharCode(...bytes.subarray(8, 12)) === "WEBP") return "image/webp";
  return null;
}

/**
 * The logo as we store and serve it: decoded and drawn again as a PNG of at most logoSidePixels,
 * without metadata, so nothing of the uploaded file but its pixels survives (a PNG-prefixed file
 * with a script, text chunks, trailing data). Null when the bytes are no readable PNG, JPEG or WebP.
 */
export async function reencodeLogo(bytes: Uint8Array): Promise<Uint8Array | null> {
  if (!detectImageType(bytes)) return null;
  try {
    const png = await sharp(bytes, { limitInputPixels: maxInputPixels, failOn: "error" })
      .rotate()
      .resize(logoSidePixels, logoSidePixels, { fit: "inside", withoutEnlargement: true })
      .png({ compressionLevel: 9 })
      .toBuffer();
    return new Uint8Array(png);
  } catch {
    return null;
  }
}

export interface LogoUpload {
  organizationId: unknown;
  file: { size: number; arrayBuffer(): Promise<ArrayBuffer> } | null;
}

/** A malformed organization id: a visitor still hears "log in", anyone else "not found" (never a query with it). */
function notFoundFor(principal: Principal | null) {
  if (!principal) authorize(principal, "organization.edit");
  return { ok: false, formError: "notFound" } as const;
}

/** Sets or replaces the logo (members and administrators, like the rest of the profile). */
export async function uploadLogo(db: Db, principal: Principal | null, input: LogoUpload): Promise<CommandResult<{ hash: string }>> {
  const organizationId = parseId(input.organizationId);
  if (!organizationId) return notFoundFor(principal);
  authorize(principal, "organization.edit", { organizationId });
  if (!input.file || input.file.size === 0) return { ok: false, fieldErrors: { logo: ["logoRequired"] } };
  if (input.file.size > maxLogoBytes) return { ok: false, fieldErrors: { logo: ["logoTooLarge"] } };
  const bytes = await reencodeLogo(new Uint8Array(await input.file.arrayBuffer()));
  if (!bytes) return { ok: false, fieldErrors: { logo: ["logoType"] } };
  const contentType = "image/png";
  const hash = createHash("sha256").update(bytes).digest("hex").slice(0, 16);
  return db.transaction(async (tx) => {
    const [before] = await tx
      .select({ logoHash: organizations.logoHash })
      .from(organizations)
      .where(eq(organizations.id, organizationId))
      .for("update");
    if (!before) return { ok: false, formError: "notFound" } as const;
    await tx
      .insert(organizationLogos)
      .values({ organizationId, contentType, bytes, hash })
      .onConflictDoUpdate({ target: organizationLogos.organizationId, set: { contentType, bytes, hash, updatedAt: new Date() } });
    await tx.update(organizations).set({ logoHash: hash, updatedAt: new Date() }).where(eq(organizations.id, organizationId));
    await recordAudit(tx, {
      actor: actorOf(principal),
      action: "organization.uploadLogo",
      entityType: "organization",
      entityId: organizationId,
      before: { logoHash: before.logoHash },
      after: { logoHash: hash, contentType, size: bytes.length },
    });
    return { ok: true, value: { hash } } as const;
  });
}

export async function removeLogo(db: Db, principal: Principal | null, input: { organizationId: unknown }): Promise<CommandResult<null>> {
  const organizationId = parseId(input.organizationId);
  if (!organizationId) return notFoundFor(principal);
  authorize(principal, "organization.edit", { organizationId });
  return db.transaction(async (tx) => {
    const [before] = await tx
      .select({ logoHash: organizations.logoHash })
      .from(organizations)
      .where(eq(organizations.id, organizationId))
      .for("update");
    if (!before) return { ok: false, formError: "notFound" } as const;
    await tx.delete(organizationLogos).where(eq(organizationLogos.organizationId, organizationId));
    await tx.update(organizations).set({ logoHash: null, updatedAt: new Date() }).where(eq(organizations.id, organizationId));
    await recordAudit(tx, {
      actor: actorOf(principal),
      action: "organization.removeLogo",
      entityType: "organization",
      entityId: organizationId,
      before: { logoHash: before.logoHash },
      after: { logoHash: null },
    });
    return { ok: true, value: null } as const;
  });
}

/** Logos re-encoded on reading, by hash: those stored before uploads were re-encoded are served re-encoded too. */
const served = new Map<string, Uint8Array | null>();
const servedMax = 500;

async function reencodedOnce(hash: string, bytes: Uint8Array) {
  if (!served.has(hash)) {
    if (served.size >= servedMax) served.delete(served.keys().next().value!);
    served.set(hash, await reencodeLogo(bytes));
  }
  return served.get(hash)!;
}

/** The logo of a verified organization (public), always as a re-encoded PNG, or null. */
export async function readPublicLogo(db: Db, organizationId: string) {
  if (!isId(organizationId)) return null;
  const [row] = await db
    .select({
      contentType: organizationLogos.contentType,
      bytes: organizationLogos.bytes,
      hash: organizationLogos.hash,
      status: organizations.verificationStatus,
    })
    .from(organizationLogos)
    .innerJoin(organizations, eq(organizations.id, organizationLogos.organizationId))
    .where(eq(organizationLogos.organizationId, organizationId));
  if (!row || row.status !== "verified") return null;
  const bytes = await reencodedOnce(row.hash, row.bytes);
  return bytes ? { contentType: "image/png" as const, bytes, hash: row.hash } : null;
}
