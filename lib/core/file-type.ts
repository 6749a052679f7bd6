/*
 * What a file is, read from its content (never from its name or the browser's claimed type): the
 * document and image formats the platform accepts as attachments. Office files are ZIP archives:
 * an OpenDocument text starts with its uncompressed "mimetype" entry (ODF 1.2, part 3, 3.3); a Word
 * or Excel file (OOXML) is known by its main part in the archive's central directory. Pure.
 */
export const documentTypes = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  odt: "application/vnd.oasis.opendocument.text",
  png: "image/png",
  jpeg: "image/jpeg",
  gif: "image/gif",
  webp: "image/webp",
} as const;
export type DocumentKind = keyof typeof documentTypes;

const ascii = (bytes: Uint8Array, from: number, length: number) => String.fromCharCode(...bytes.subarray(from, from + length));
const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0) => signature.every((b, i) => bytes[at + i] === b);

/** The names in a ZIP archive's central directory (at most `limit`), or null when it is not a readable ZIP. */
export function zipEntryNames(bytes: Uint8Array, limit = 2000): string[] | null {
  if (bytes.length < 22 || !startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // the end-of-central-directory record: in the last 22 + 65 535 (comment) bytes
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--)
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  if (end < 0) return null;
  const entries = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const names: string[] = [];
  for (let n = 0; n < Math.min(entries, limit); n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) return null;
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    if (at + 46 + nameLength > bytes.length) return null;
    names.push(new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

/** The kind of a document or image by its content; null for anything else (an executable, HTML, SVG, a plain ZIP…). */
export function documentKind(bytes: Uint8Array): DocumentKind | null {
  if (ascii(bytes, 0, 5) === "%PDF-") return "pdf";
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "png";
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "jpeg";
  if (ascii(bytes, 0, 6) === "GIF87a" || ascii(bytes, 0, 6) === "GIF89a") return "gif";
  if (ascii(bytes, 0, 4) === "RIFF" && ascii(bytes, 8, 4) === "WEBP") return "webp";
  if (!startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return null;
  // OpenDocument: the first entry "mimetype", stored, its content the type
  const nameLength = bytes[26] | (bytes[27] << 8);
  const contentAt = 30 + nameLength + (bytes[28] | (bytes[29] << 8));
  if (nameLength === 8 && ascii(bytes, 30, 8) === "mimetype" && ascii(bytes, contentAt, documentTypes.odt.length) === documentTypes.odt)
    return "odt";
  const names = zipEntryNames(bytes);
  if (!names || !names.includes("[Content_Types].xml")) return null;
  if (names.includes("word/document.xml")) return "docx";
  if (names.includes("xl/workbook.xml")) return "xlsx";
  return null;
}
