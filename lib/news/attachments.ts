import "server-only";
import { createHash } from "node:crypto";
import { and, asc, count, eq } from "drizzle-orm";
import type { Db } from "@/lib/db/open";
import { newsAttachments, newsItems } from "@/lib/db/schema";
import { actorOf, recordAudit } from "@/lib/audit/record";
import { authorize, can, type Principal } from "@/lib/auth/permissions";
import { isId, parseId } from "@/lib/core/ids";
import { documentKind, documentTypes } from "@/lib/core/file-type";
import type { CommandResult, Refusal } from "@/lib/forms/result";
import { uploadedImageContentSecurityPolicy } from "@/lib/http/image-policy";
import { isPublic } from "./rules";

/*
 * Files attached to news items by staff ("news.manage"): PDF, DOCX, ODT, XLSX and images, their type
 * read from the content (lib/core/file-type.ts; the name and the browser's claimed type count for
 * nothing), at most `maxAttachmentBytes` each and `maxAttachmentsPerItem` per item, stored in the
 * database (news_attachments) and audited. Served by /api/v1/news/attachments/{id}?v={hash}.
 */
export const maxAttachmentBytes = 10 * 1024 * 1024;
export const maxAttachmentsPerItem = 10;

export interface AttachmentFile {
  name: string;
  size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export type AttachmentProblem = "attachmentRequired" | "attachmentTooLarge" | "attachmentType" | "attachmentsTooMany";

/** The file's name as shown and offered for saving: no folders, no control or quoting characters, at most 150 characters. */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  const cleaned = base.replace(/[\u0000-\u001f\u007f"<>|*?:]/g, "").trim();
  return (cleaned || "file").slice(-150);
}

/** Attach a file to a news item (a draft or a published one). */
export async function addNewsAttachment(
  db: Db,
  principal: Principal | null,
  input: { newsItemId: unknown; file: AttachmentFile | null },
  now = new Date(),
): Promise<CommandResult<{ id: string }>> {
  authorize(principal, "news.manage");
  const newsItemId = parseId(input.newsItemId);
  if (!newsItemId) return { ok: false, formError: "notFound" };
  const refuse = (problem: AttachmentProblem): Refusal => ({ ok: false, fieldErrors: { file: [problem] } });
  const file = input.file;
  if (!file || file.size === 0) return refuse("attachmentRequired");
  if (file.size > maxAttachmentBytes) return refuse("attachmentTooLarge");
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (bytes.length > maxAttachmentBytes) return refuse("attachmentTooLarge");
  const kind = documentKind(bytes);
  if (!kind) return refuse("attachmentType");
  const hash = createHash("sha256").update(bytes).digest("hex");
  const name = cleanFileName(file.name);
  return db.transaction(async (tx) => {
    const [item] = await tx.select({ id: newsItems.id }).from(newsItems).where(eq(newsItems.id, newsItemId)).for("update");
    if (!item) return { ok: false, formError: "notFound" } as const;
    const [{ n }] = await tx.select({ n: count() }).from(newsAttachments).where(eq(newsAttachments.newsItemId, newsItemId));
    if (n >= maxAttachmentsPerItem) return refuse("attachmentsTooMany");
    const [row] = await tx
      .insert(newsAttachments)
      .values({
        newsItemId,
        name,
        contentType: documentTypes[kind],
        size: bytes.length,
        bytes,
        hash,
        createdBy: principal.userId,
        createdAt: now,
      })
      .returning({ id: newsAttachments.id });
    await recordAudit(tx, {
      actor: actorOf(principal),
      action: "news.attach",
      entityType: "news_item",
      entityId: newsItemId,
      after: { attachmentId: row.id, name, contentType: documentTypes[kind], size: bytes.length, hash },
    });
    return { ok: true, value: { id: row.id } } as const;
  });
}

/** Remove an attachment (its item's page no longer lists it; its address answers 404). */
export async function removeNewsAttachment(
  db: Db,
  principal: Principal | null,
  input: Record<string, unknown>,
): Promise<CommandResult<{ id: string }>> {
  authorize(principal, "news.manage");
  const id = parseId(input.id);
  if (!id) return { ok: false, formError: "notFound" };
  return db.transaction(async (tx) => {
    const [removed] = await tx.delete(newsAttachments).where(eq(newsAttachments.id, id)).returning({
      newsItemId: newsAttachments.newsItemId,
      name: newsAttachments.name,
      contentType: newsAttachments.contentType,
      size: newsAttachments.size,
      hash: newsAttachments.hash,
    });
    if (!removed) return { ok: false, formError: "notFound" } as const;
    const { newsItemId, ...before } = removed;
    await recordAudit(tx, {
      actor: actorOf(principal),
      action: "news.detach",
      entityType: "news_item",
      entityId: newsItemId,
      before: { attachmentId: id, ...before },
    });
    return { ok: true, value: { id: newsItemId } } as const;
  });
}

/** The attachments of an item, without their bytes (its public page, the staff's editor). */
export async function attachmentsOf(db: Db, newsItemId: string) {
  return db
    .select({
      id: newsAttachments.id,
      name: newsAttachments.name,
      contentType: newsAttachments.contentType,
      size: newsAttachments.size,
      hash: newsAttachments.hash,
    })
    .from(newsAttachments)
    .where(eq(newsAttachments.newsItemId, newsItemId))
    .orderBy(asc(newsAttachments.createdAt), asc(newsAttachments.id));
}

/**
 * One attachment for download: anyone's while its item is public, otherwise staff's only (a draft's
 * files); `public` says whether the answer may be cached by others. Null: "not found".
 */
export async function attachmentForDownload(db: Db, principal: Principal | null, id: string, now = new Date()) {
  if (!isId(id)) return null;
  const [row] = await db
    .select({
      name: newsAttachments.name,
      contentType: newsAttachments.contentType,
      bytes: newsAttachments.bytes,
      hash: newsAttachments.hash,
      status: newsItems.status,
      publishAt: newsItems.publishAt,
    })
    .from(newsAttachments)
    .innerJoin(newsItems, eq(newsItems.id, newsAttachments.newsItemId))
    .where(and(eq(newsAttachments.id, id.toLowerCase())));
  if (!row) return null;
  const open = isPublic(row, now);
  if (!open && !can(principal, "news.manage")) return null;
  return { name: row.name, contentType: row.contentType, bytes: row.bytes, hash: row.hash, public: open };
}

/** The download's header: the name for saving (ASCII fallback and UTF-8, RFC 6266 / 5987). */
export function contentDisposition(name: string): string {
  const fallback = name.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/** The download's answer: immutable under its hash (`?v=`) when public; private otherwise. */
export function attachmentResponse(
  request: Request,
  file: { name: string; contentType: string; bytes: Uint8Array; hash: string; public: boolean },
  version: string | null,
) {
  const etag = `"${file.hash}"`;
  const headers = {
    "Content-Type": file.contentType,
    "Content-Disposition": contentDisposition(file.name),
    "Content-Length": String(file.bytes.length),
    ETag: etag,
    "Cache-Control": !file.public
      ? "private, no-store"
      : version === file.hash
        ? "public, max-age=31536000, immutable"
        : "public, max-age=300",
    "Content-Security-Policy": uploadedImageContentSecurityPolicy,
    "X-Content-Type-Options": "nosniff",
  };
  if (request.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers });
  return new Response(Buffer.from(file.bytes), { headers });
}
