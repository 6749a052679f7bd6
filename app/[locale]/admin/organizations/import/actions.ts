"use server";

import { formAction } from "@/lib/forms/action";
import type { FormState } from "@/lib/forms/result";
import { revalidateOrganization } from "@/lib/organizations/cache";
import { previewImportFile, runImportOf, type ImportRow } from "@/lib/organizations/import";

export interface ImportState extends FormState {
  /** the checked file, sent back with the confirmation so exactly what was previewed is imported */
  csv?: string;
  rows?: Pick<ImportRow, "line" | "name" | "errors" | "action">[];
  counts?: { created: number; updated: number; skipped: number };
}

/** The first step: the rows as they would be imported; nothing is written yet. */
export const previewImportAction = formAction(previewImportFile, {
  input: (formData) => ({ file: formData.get("file") }),
  state: (preview): ImportState => ({
    status: "idle",
    csv: preview.csv,
    rows: preview.rows.map(({ line, name, errors, action }) => ({ line, name, errors, action })),
  }),
});

export const runImportAction = formAction(runImportOf, {
  input: (formData) => ({ csv: formData.get("csv") }),
  revalidate: (imported) => imported.ids.forEach(revalidateOrganization),
  state: ({ created, updated, skipped }): ImportState => ({ status: "success", counts: { created, updated, skipped } }),
});
