import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { crc32 } from "node:zlib";
import { eq } from "drizzle-orm";
import { loadPrincipal } from "@/lib/accounts/principal";
import { ForbiddenError, type Principal } from "@/lib/auth/permissions";
import { documentKind, zipEntryNames } from "@/lib/core/file-type";
import { newsAttachments, newsItems } from "@/lib/db/schema";
import { seedReferenceData } from "@/lib/db/reference";
import { createTestDatabase, type TestDatabase } from "@/tests/db";
import { auditOf, createUser } from "@/tests/factories";
import {
  addNewsAttachment,
  attachmentForDownload,
  attachmentResponse,
  attachmentsOf,
  cleanFileName,
  contentDisposition,
  maxAttachmentBytes,
  maxAttachmentsPerItem,
  removeNewsAttachment,
} from "./attachments";
import { publishNewsItem, saveNewsItem } from "./commands";

/** A ZIP archive of stored (uncompressed) entries, as office suites write the first one of an ODT. */
function zip(entries: Record<string, string>): Uint8Array {
  const local: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(entries)) {
    const data = Buffer.from(text);
    const nameBytes = Buffer.from(name);
    const crc = crc32(data);
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt32LE(crc, 14);
    header.writeUInt32LE(data.length, 18);
    header.writeUInt32LE(data.length, 22);
    header.writeUInt16LE(nameBytes.length, 26);
    local.push(header, nameBytes, data);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt32LE(crc, 16);
    entry.writeUInt32LE(data.length, 20);
    entry.writeUInt32LE(data.length, 24);
    entry.writeUInt16LE(nameBytes.length, 28);
    entry.writeUInt32LE(offset, 42);
    central.push(entry, nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(entries).length, 8);
  end.writeUInt16LE(Object.keys(entries).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...local, directory, end]));
}

const pdf = new TextEncoder().encode("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
const docx = zip({ "[Content_Types].xml": "<Types/>", "word/document.xml": "<w:document/>" });
const xlsx = zip({ "[Content_Types].xml": "<Types/>", "xl/workbook.xml": "<workbook/>" });
const odt = zip({ mimetype: "application/vnd.oasis.opendocument.text", "content.xml": "<office:document-content/>" });

const fileOf = (name: string, bytes: Uint8Array, size = bytes.length) => ({
  name,
  size,
  arrayBuffer: async () => bytes.slice().buffer as ArrayBuffer,
});

describe("a file's type, read from its content (pure)", () => {
  it("knows PDF, DOCX, XLSX, ODT and images", () => {
    expect(documentKind(pdf)).toBe("pdf");
    expect(documentKind(png)).toBe("png");
    expect(documentKind(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe("jpeg");
    expect(documentKind(new TextEncoder().encode("GIF89a...."))).toBe("gif");
    expect(documentKind(new TextEncoder().encode("RIFF\0\0\0\0WEBPVP8 "))).toBe("webp");
    expect(documentKind(docx)).toBe("docx");
    expect(documentKind(xlsx)).toBe("xlsx");
    expect(documentKind(odt)).toBe("odt");
    expect(zipEntryNames(docx)).toEqual(["[Content_Types].xml", "word/document.xml"]);
  });

  it("refuses anything else, whatever it is called", () => {
    for (const bytes of [
      new TextEncoder().encode("<html><script>alert(1)</script></html>"),
      new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>'),
      new Uint8Array([0x4d, 0x5a, 0x90, 0x00]), // an .exe
      zip({ "evil.js": "alert(1)" }),
      zip({ "[Content_Types].xml": "<Types/>", "ppt/presentation.xml": "<p/>" }),
      zip({ mimetype: "application/vnd.oasis.opendocument.spreadsheet" }),
      new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), // a broken archive
      new Uint8Array(),
    ])
      expect(documentKind(bytes)).toBeNull();
  });

  it("cleans the name offered for saving", () => {
    expect(cleanFileName("C:\\Users\\ala\\Regulamin konkursu.pdf")).toBe("Regulamin konkursu.pdf");
    expect(cleanFileName('../../"a"<b>.pdf')).toBe("ab.pdf");
    expect(cleanFileName("\u0000\u0007")).toBe("file");
    expect(cleanFileName(`${"x".repeat(300)}.pdf`)).toHaveLength(150);
    expect(contentDisposition("Zaproszenie – łódź.pdf")).toBe(
      "attachment; filename=\"Zaproszenie _ __d_.pdf\"; filename*=UTF-8''Zaproszenie%20%E2%80%93%20%C5%82%C3%B3d%C5%BA.pdf",
    );
  });
});

let t: TestDatabase;
let staff: Principal;
let resident: Principal;

async function principalOf(options: Parameters<typeof createUser>[1] = {}) {
  const user = await createUser(t.db, options);
  return (await loadPrincipal(t.db, user.id))!;
}

async function newItem() {
  const result = await saveNewsItem(t.db, staff, { title: "Z załącznikami", type: "city" });
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.value.id;
}

beforeAll(async () => {
  t = await createTestDatabase();
  await seedReferenceData(t.db);
  staff = await principalOf({ isCentreStaff: true });
  resident = await principalOf();
});
afterAll(() => t?.close());

describe("news attachments", () => {
  it("staff attach and remove files, audited; the public gets them once the item is published", async () => {
    const id = await newItem();
    const added = await addNewsAttachment(t.db, staff, { newsItemId: id, file: fileOf("Regulamin.pdf", pdf) });
    expect(added.ok).toBe(true);
    const attachmentId = added.ok ? added.value.id : "";
    const odtAdded = await addNewsAttachment(t.db, staff, { newsItemId: id, file: fileOf("wzór.odt", odt) });
    expect(odtAdded.ok).toBe(true);
    const listed = await attachmentsOf(t.db, id);
    expect(listed.map((a) => [a.name, a.contentType, a.size])).toEqual([
      ["Regulamin.pdf", "application/pdf", pdf.length],
      ["wzór.odt", "application/vnd.oasis.opendocument.text", odt.length],
    ]);

    // a draft's file: staff only, never cached by others
    expect(await attachmentForDownload(t.db, null, attachmentId)).toBeNull();
    expect(await attachmentForDownload(t.db, resident, attachmentId)).toBeNull();
    const draft = (await attachmentForDownload(t.db, staff, attachmentId))!;
    expect(draft.public).toBe(false);
    expect(attachmentResponse(new Request("http://x/"), draft, draft.hash).headers.get("Cache-Control")).toBe("private, no-store");

    expect((await publishNewsItem(t.db, staff, { id, queue: "no" })).ok).toBe(true);
    const file = (await attachmentForDownload(t.db, null, attachmentId))!;
    expect(Buffer.from(file.bytes).equals(Buffer.from(pdf))).toBe(true);
    const response = attachmentResponse(new Request("http://x/"), file, file.hash);
    expect(response.headers.get("Content-Type")).toBe("application/pdf");
    expect(response.headers.get("Content-Disposition")).toBe("attachment; filename=\"Regulamin.pdf\"; filename*=UTF-8''Regulamin.pdf");
    expect(response.headers.get("Cache-Control")).toBe("public, max-age=31536000, immutable");
    expect(response.headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(Buffer.from(await response.arrayBuffer()).equals(Buffer.from(pdf))).toBe(true);
    expect(attachmentResponse(new Request("http://x/"), file, "old").headers.get("Cache-Control")).toBe("public, max-age=300");
    expect(attachmentResponse(new Request("http://x/", { headers: { "if-none-match": `"${file.hash}"` } }), file, file.hash).status).toBe(
      304,
    );

    expect((await removeNewsAttachment(t.db, staff, { id: attachmentId })).ok).toBe(true);
    expect(await attachmentForDownload(t.db, null, attachmentId)).toBeNull();
    expect((await attachmentsOf(t.db, id)).map((a) => a.name)).toEqual(["wzór.odt"]);
    expect(await removeNewsAttachment(t.db, staff, { id: attachmentId })).toEqual({ ok: false, formError: "notFound" });

    const audit = await auditOf(t.db, id);
    const attach = audit.filter((a) => a.action === "news.attach");
    expect(attach).toHaveLength(2);
    expect(attach.at(-1)!.after).toMatchObject({
      attachmentId,
      name: "Regulamin.pdf",
      contentType: "application/pdf",
      size: pdf.length,
      hash: file.hash,
    });
    const detach = audit.filter((a) => a.action === "news.detach");
    expect(detach).toHaveLength(1);
    expect(detach[0].actorId).toBe(staff.userId);
    expect(detach[0].before).toMatchObject({ attachmentId, name: "Regulamin.pdf" });
  });

  it("refuses a file of another type (by its content, not its name), an empty one, one over the limit, and an eleventh", async () => {
    const id = await newItem();
    const refused = async (file: ReturnType<typeof fileOf> | null) => {
      const result = await addNewsAttachment(t.db, staff, { newsItemId: id, file });
      return result.ok ? null : result.fieldErrors?.file?.[0];
    };
    expect(await refused(fileOf("script.pdf", new TextEncoder().encode("<script>alert(1)</script>")))).toBe("attachmentType");
    expect(await refused(fileOf("image.png", new TextEncoder().encode("<svg/>")))).toBe("attachmentType");
    expect(await refused(fileOf("empty.pdf", new Uint8Array()))).toBe("attachmentRequired");
    expect(await refused(null)).toBe("attachmentRequired");
    // the declared size and the bytes read are both checked
    expect(await refused(fileOf("big.pdf", pdf, maxAttachmentBytes + 1))).toBe("attachmentTooLarge");
    const big = new Uint8Array(maxAttachmentBytes + 1);
    big.set(pdf);
    expect(await refused(fileOf("big.pdf", big, 10))).toBe("attachmentTooLarge");
    expect(await attachmentsOf(t.db, id)).toEqual([]);

    // a name that says .pdf but is a Word file is stored as what it is
    const renamed = await addNewsAttachment(t.db, staff, { newsItemId: id, file: fileOf("not-a.pdf", docx) });
    expect(renamed.ok).toBe(true);
    for (let i = 1; i < maxAttachmentsPerItem; i++)
      expect((await addNewsAttachment(t.db, staff, { newsItemId: id, file: fileOf(`${i}.xlsx`, xlsx) })).ok).toBe(true);
    expect(await refused(fileOf("one-more.png", png))).toBe("attachmentsTooMany");
    const rows = await attachmentsOf(t.db, id);
    expect(rows).toHaveLength(maxAttachmentsPerItem);
    expect(rows[0].contentType).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    expect((await auditOf(t.db, id)).filter((a) => a.action === "news.attach")).toHaveLength(maxAttachmentsPerItem);
  });

  it("refuses people without news.manage, and an unknown item, with nothing stored", async () => {
    const id = await newItem();
    const before = (await t.db.select({ id: newsAttachments.id }).from(newsAttachments)).length;
    for (const who of [null, resident]) {
      await expect(addNewsAttachment(t.db, who, { newsItemId: id, file: fileOf("a.pdf", pdf) })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(removeNewsAttachment(t.db, who, { id })).rejects.toBeInstanceOf(ForbiddenError);
    }
    expect(await addNewsAttachment(t.db, staff, { newsItemId: crypto.randomUUID(), file: fileOf("a.pdf", pdf) })).toEqual({
      ok: false,
      formError: "notFound",
    });
    expect(await addNewsAttachment(t.db, staff, { newsItemId: "42", file: fileOf("a.pdf", pdf) })).toEqual({
      ok: false,
      formError: "notFound",
    });
    expect((await t.db.select({ id: newsAttachments.id }).from(newsAttachments)).length).toBe(before);
    expect((await auditOf(t.db, id)).filter((a) => a.action === "news.attach")).toHaveLength(0);
    // the attachments go with their item
    await addNewsAttachment(t.db, staff, { newsItemId: id, file: fileOf("a.pdf", pdf) });
    await t.db.delete(newsItems).where(eq(newsItems.id, id));
    expect(await attachmentsOf(t.db, id)).toEqual([]);
  });
});
