"use server";

import { callAction, withClock } from "@/lib/forms/action";
import { saveReportDraft, submitReport } from "@/lib/reports/commands";

/** Autosave of the report editor (debounced in the browser), with the version it last saw. */
export const autosaveReportAction = callAction(
  (reportId: string, version: number, content: unknown) => ({ reportId, version, content }),
  withClock(saveReportDraft),
  { reply: (saved) => ({ version: saved.version, savedAt: saved.savedAt.toISOString() }) },
);

/** Saves what was typed, then submits; a refusal returns the issues and the saved version. */
export const submitReportAction = callAction(
  (reportId: string, version: number, content: unknown) => ({ reportId, version, content }),
  withClock(submitReport),
  { reply: (submitted) => ({ round: submitted.round }) },
);
