import "server-only";
import { and, eq, isNull, lt, ne, or, sql } from "drizzle-orm";
import type { Db, Tx } from "@/lib/db/open";
import { sessions } from "@/lib/db/schema";

/** How long a session cookie lives (next-auth's maxAge); a row unseen for longer serves nothing. */
export const sessionMaxAgeSeconds = 8 * 3600;
/** last_seen_at is refreshed at most this often, so a busy page does not write on every request. */
const lastSeenResolutionMs = 5 * 60_000;

/** A new session row for a successful log-in; its id goes into the cookie as `sid`. */
export async function startSession(db: Db | Tx, userId: string, userAgent: string | null, now = new Date()) {
  const [row] = await db
    .insert(sessions)
    .values({ userId, userAgent: summarizeUserAgent(userAgent), createdAt: now, lastSeenAt: now })
    .returning({ id: sessions.id });
  return row.id;
}

/** Log-out: ends this one session. */
export async function revokeSession(tx: Db | Tx, sessionId: string, now = new Date()) {
  await tx
    .update(sessions)
    .set({ revokedAt: now })
    .where(and(eq(sessions.id, sessionId), isNull(sessions.revokedAt)));
}

/**
 * Ends every open session of a user, except `keep` (the browser that changed the password stays
 * signed in). Returns how many were ended.
 */
export async function revokeUserSessions(tx: Tx, userId: string, now: Date, keep?: string | null) {
  const ended = await tx
    .update(sessions)
    .set({ revokedAt: now })
    .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt), keep ? ne(sessions.id, keep) : undefined))
    .returning({ id: sessions.id });
  return ended.length;
}

/** Marks the session seen, at most every few minutes (the admin's and the person's view of it). */
export async function touchSession(db: Db, sessionId: string, lastSeenAt: Date, now = new Date()) {
  if (now.getTime() - lastSeenAt.getTime() < lastSeenResolutionMs) return;
  await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, sessionId));
}

/** Sessions that can no longer sign anyone in: revoked, or unseen longer than a cookie lives. */
export async function deleteFinishedSessions(tx: Tx, now: Date) {
  const unseenSince = new Date(now.getTime() - sessionMaxAgeSeconds * 1000 - lastSeenResolutionMs);
  const deleted = await tx
    .delete(sessions)
    .where(or(sql`${sessions.revokedAt} is not null`, lt(sessions.lastSeenAt, unseenSince)))
    .returning({ id: sessions.id });
  return deleted.length;
}

const browsers: [RegExp, string][] = [
  [/Edg\//, "Edge"],
  [/Firefox\//, "Firefox"],
  [/Chrome\//, "Chrome"],
  [/Safari\//, "Safari"],
];
const systems: [RegExp, string][] = [
  [/Android/, "Android"],
  [/iPhone|iPad/, "iOS"],
  [/Windows/, "Windows"],
  [/Mac OS X/, "macOS"],
  [/Linux/, "Linux"],
];

/** "Firefox / Linux": enough for a person to recognise a browser, without keeping the whole header. */
export function summarizeUserAgent(userAgent: string | null | undefined): string | null {
  if (!userAgent) return null;
  const found = [browsers, systems].map((list) => list.find(([pattern]) => pattern.test(userAgent))?.[1]).filter(Boolean);
  return found.length ? found.join(" / ") : userAgent.slice(0, 60);
}
