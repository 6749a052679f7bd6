"use server";

import { ForbiddenError } from "@/lib/auth/permissions";
import { currentPrincipal } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import type { FormState } from "@/lib/forms/result";
import { revalidateOrganization } from "@/lib/organizations/cache";
import { maxImportBytes, previewImport, runImport, type ImportRow } from "@/lib/organizations/import";

export interface ImportState extends FormState {
  /** the checked file, sent back with the confirmation so exactly what was previewed is imported */
  csv?: string;
  rows?: Pick<ImportRow, "line" | "name" | "errors" | "action">[];
  counts?: { created: number; updated: number; skipped: number };
}

async function guarded(fn: () => Promise<ImportState>): Promise<ImportState> {
  try {
    return await fn();
  } catch (error) {
    if (error instanceof ForbiddenError) return { status: "error", formError: "forbidden" };
    throw error;
  }
}

export async function previewImportAction(_: ImportState, formData: FormData): Promise<ImportState> {
  return guarded(async () => {
    const file = formData.get("file");
    if (!(file instanceof File) || file.size === 0) return { status: "error", fieldErrors: { file: ["importNoFile"] } };
    if (file.size > maxImportBytes) return { status: "error", fieldErrors: { file: ["importTooLarge"] } };
    const csv = await file.text();
    const preview = await previewImport(await getDb(), await currentPrincipal(), csv);
    if (preview.fileError) return { status: "error", fieldErrors: { file: [preview.fileError] } };
    return { status: "idle", csv, rows: preview.rows.map(({ line, name, errors, action }) => ({ line, name, errors, action })) };
  });
}

export async function runImportAction(_: ImportState, formData: FormData): Promise<ImportState> {
  return guarded(async () => {
    const csv = formData.get("csv");
    if (typeof csv !== "string") return { status: "error", formError: "importNoFile" };
    const result = await runImport(await getDb(), await currentPrincipal(), csv);
    if (!result.ok) return { status: "error", formError: result.formError };
    for (const id of result.value.ids) revalidateOrganization(id);
    const { created, updated, skipped } = result.value;
    return { status: "success", counts: { created, updated, skipped } };
  });
}
