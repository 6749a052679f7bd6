import "server-only";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { isId } from "@/lib/core/ids";
import { scanDirectory } from "./scan-directory";
import type { ErrorKey } from "@/lib/forms/errors";

/*
 * Scans of signed contracts: PDF, JPG or PNG (checked by their first bytes, not by the name the
 * browser sent), at most CONTRACT_SCAN_MAX_MB (default 10) MB, stored in CONTRACT_SCAN_DIR or
 * DATA_DIR/contract-scans. The database keeps only the file name; files are served through
 * GET /api/v1/contracts/{id}/scan to people allowed to view the contract.
 */
export const scanKinds = { pdf: "application/pdf", jpg: "image/jpeg", png: "image/png" } as const;
type ScanKind = keyof typeof scanKinds;

export { scanDirectory };

export function scanMaxBytes() {
  return Number(process.env.CONTRACT_SCAN_MAX_MB ?? 10) * 1024 * 1024;
}

/** The kind of a file from its magic bytes, or null when it is none of the accepted ones. */
export function scanKindOf(bytes: Uint8Array): ScanKind | null {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (starts(0x25, 0x50, 0x44, 0x46, 0x2d)) return "pdf";
  if (starts(0xff, 0xd8, 0xff)) return "jpg";
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return "png";
  return null;
}

/** Checks and writes an uploaded scan; returns the stored file name or an error key. */
export async function storeScan(contractId: string, file: File | null): Promise<{ name: string } | { error: ErrorKey }> {
  if (!file || file.size === 0) return { error: "scanMissing" };
  if (file.size > scanMaxBytes()) return { error: "scanTooLarge" };
  const bytes = new Uint8Array(await file.arrayBuffer());
  const kind = scanKindOf(bytes);
  if (!kind) return { error: "scanType" };
  const dir = scanDirectory();
  await mkdir(dir, { recursive: true });
  const name = `${contractId}-${Date.now()}.${kind}`;
  await writeFile(path.join(dir, name), bytes);
  return { name };
}

/** The stored file by its name (never outside the scan directory). */
export async function readScan(name: string): Promise<{ bytes: Buffer; type: string } | null> {
  const m = /^(.{36})-\d+\.(pdf|jpg|png)$/.exec(name);
  if (!m || !isId(m[1])) return null;
  try {
    return { bytes: await readFile(path.join(scanDirectory(), name)), type: scanKinds[m[2] as ScanKind] };
  } catch {
    return null;
  }
}
