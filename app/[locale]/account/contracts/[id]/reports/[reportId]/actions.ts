"use server";

import { ForbiddenError } from "@/lib/auth/permissions";
import { currentPrincipal } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { saveReportDraft, submitReport } from "@/lib/reports/commands";
import type { ReportIssue } from "@/lib/reports/rules";

export interface ReportActionResult {
  ok: boolean;
  version?: number;
  savedAt?: string;
  round?: number;
  error?: string;
  issues?: ReportIssue[];
}

/** Autosave of the report editor (debounced in the browser), with the version it last saw. */
export async function autosaveReportAction(reportId: string, version: number, content: unknown): Promise<ReportActionResult> {
  try {
    const result = await saveReportDraft(await getDb(), await currentPrincipal(), { reportId, version, content });
    return result.ok
      ? { ok: true, version: result.value.version, savedAt: result.value.savedAt.toISOString() }
      : { ok: false, error: result.formError ?? "invalid" };
  } catch (error) {
    if (error instanceof ForbiddenError) return { ok: false, error: "forbidden" };
    throw error;
  }
}

/** Saves what was typed, then submits; a refusal returns the issues and the saved version. */
export async function submitReportAction(reportId: string, version: number, content: unknown): Promise<ReportActionResult> {
  try {
    const result = await submitReport(await getDb(), await currentPrincipal(), { reportId, version, content });
    if (result.ok) return { ok: true, round: result.value.round };
    return { ok: false, error: result.formError ?? "invalid", issues: result.issues, version: result.version };
  } catch (error) {
    if (error instanceof ForbiddenError) return { ok: false, error: "forbidden" };
    throw error;
  }
}
