/**
 * Pure rules of consultations: lifecycle in time, splitting the draft into numbered paragraphs,
 * the author's edit window, threads' depth and the "answer every comment before the report" rule.
 * Shared by client and server; the server decides with its own clock.
 */
import { addDays, daysBetween, warsawToInstant } from "@/lib/dates/warsaw";
import type { ConsultationAudience, ConsultationStatus } from "@/lib/db/schema/consultations";
import { isId } from "@/lib/core/ids";

/** Replies go up to three levels: depth 0 (comment), 1 and 2. */
export const MAX_DEPTH = 2;

/**
 * The status people see. "planned"/"open" stored values follow the dates: open only between
 * starts_at (inclusive) and ends_at (exclusive); after ends_at it is closed even before an
 * administrator closes it. "closed" and "report_published" are decisions and stay.
 */
export function effectiveStatus(c: { status: ConsultationStatus; startsAt: Date; endsAt: Date }, now: Date): ConsultationStatus {
  if (c.status === "closed" || c.status === "report_published") return c.status;
  if (now < c.startsAt) return "planned";
  if (now >= c.endsAt) return "closed";
  return "open";
}

/** The lifecycle other modules (surveys, meetings, notifications) see: before, during or after the comment window. */
export type ConsultationPhase = "draft" | "open" | "closed";

export function phaseOf(c: { status: ConsultationStatus; startsAt: Date; endsAt: Date }, now: Date): ConsultationPhase {
  const status = effectiveStatus(c, now);
  return status === "planned" ? "draft" : status === "open" ? "open" : "closed";
}

export function acceptsComments(c: { status: ConsultationStatus; startsAt: Date; endsAt: Date }, now: Date) {
  return effectiveStatus(c, now) === "open";
}

/**
 * Who may comment: in a consultation addressed to NGOs only (art. 5 of the Act: consulting NGOs on acts
 * concerning their statutory work), a comment speaks for an organization its author represents;
 * residents and people writing in their own name are refused. The command checks the representation.
 */
export function commentAllowedFor(audience: ConsultationAudience, onBehalfOfOrganization: boolean): boolean {
  return audience !== "ngos" || onBehalfOfOrganization;
}

/**
 * The dates an administrator types are Warsaw calendar days: the consultation opens at 00:00 of
 * the first day and ends at 24:00 of the last day (= 00:00 of the next day), across DST.
 */
export function consultationWindow(startDate: string, endDate: string): { startsAt: Date; endsAt: Date } {
  return { startsAt: warsawToInstant(startDate), endsAt: warsawToInstant(addDays(endDate, 1)) };
}

/**
 * Whether the comment window is long enough: the days from the first to the last day, both counted,
 * reach `minimumDays`, or the announcement records why it is urgent.
 */
export function durationAllowed(startDate: string, endDate: string, minimumDays: number, urgencyReason: string): boolean {
  return daysBetween(startDate, endDate) + 1 >= minimumDays || urgencyReason.trim().length > 0;
}

/** The draft split on blank lines; numbering starts at 1 and follows the order in the text. */
export function splitParagraphs(markdown: string): { number: number; body: string }[] {
  return markdown
    .replace(/\r\n?/g, "\n")
    .split(/\n[ \t]*\n/)
    .map((block) => block.replace(/^\n+|\s+$/g, ""))
    .filter((block) => block.trim().length > 0)
    .map((body, i) => ({ number: i + 1, body }));
}

export function canEditComment(comment: { authorId: string; createdAt: Date }, userId: string, windowMinutes: number, now: Date) {
  return comment.authorId === userId && now.getTime() - comment.createdAt.getTime() <= windowMinutes * 60000;
}

/** A comment reported this many times is hidden until a moderator decides. */
export function reachesReportThreshold(reportCount: number, threshold: number) {
  return reportCount >= threshold;
}

/** The report may be published only when every comment has an official answer. */
export function canPublishReport(c: { status: ConsultationStatus; startsAt: Date; endsAt: Date }, unanswered: number, now: Date) {
  return effectiveStatus(c, now) === "closed" && unanswered === 0;
}

export type ThreadOrder = "newest" | "oldest" | "supported";
export const threadOrders: readonly ThreadOrder[] = ["newest", "oldest", "supported"];

/** Keyset cursor: the last row's sort key and id, opaque to clients. */
export interface ThreadCursor {
  at: string;
  support: number;
  id: string;
}

export function encodeCursor(c: ThreadCursor): string {
  return Buffer.from(JSON.stringify(c)).toString("base64url");
}

export function decodeCursor(value: string | null | undefined): ThreadCursor | null {
  if (!value) return null;
  try {
    const c = JSON.parse(Buffer.from(value, "base64url").toString("utf8")) as ThreadCursor;
    if (typeof c !== "object" || c === null || typeof c.at !== "string" || !isId(c.id)) return null;
    // Forged cursors must not reach SQL: a year the database cannot hold or a support count that
    // is no integer (1e300, 0.5) made PostgreSQL fail.
    const at = new Date(c.at);
    if (!/^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/.test(c.at) || Number.isNaN(at.getTime())) return null;
    if (!Number.isSafeInteger(c.support) || c.support < 0 || c.support > 2_147_483_647) return null;
    return { at: at.toISOString(), support: c.support, id: c.id };
  } catch {
    return null;
  }
}
