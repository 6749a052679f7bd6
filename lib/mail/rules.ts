/** Delivery rules of the outbox (pure). */

/** Tries before a message is given up (failed, still visible on the outbox page). */
export const maxAttempts = 12;
/** How long a sender holds a claimed message; a crashed sender's claim lapses after it. */
export const claimMs = 5 * 60_000;
/**
 * A try due within this much after a run starts counts as due: the job runs every minute, so a
 * retry "in a minute" is made by the next run, not by the one after it.
 */
export const dueSlackMs = 5_000;

/**
 * When to try again after `attempts` failed tries: 1, 2, 4, 8 … minutes, at most 6 hours apart
 * (12 tries span about 20 hours, so an SMTP server down overnight loses nothing).
 */
export function retryDelayMs(attempts: number): number {
  const minutes = Math.min(2 ** Math.max(0, attempts - 1), 360);
  return minutes * 60_000;
}

export function nextAttemptAt(attempts: number, now: Date): Date {
  return new Date(now.getTime() + retryDelayMs(attempts));
}

/**
 * A refusal that trying again cannot fix: the server answered with a permanent (5xx) code for
 * this message, e.g. an unknown recipient. Connection errors and 4xx answers are temporary.
 */
export function isPermanentFailure(error: unknown): boolean {
  const code = (error as { responseCode?: unknown } | null)?.responseCode;
  return typeof code === "number" && code >= 500 && code < 600;
}

/** A short, single-line description of a send error for the outbox page. */
export function describeError(error: unknown): string {
  const e = error as { code?: unknown; responseCode?: unknown; response?: unknown; message?: unknown } | null;
  const parts = [
    typeof e?.code === "string" ? e.code : null,
    typeof e?.responseCode === "number" ? String(e.responseCode) : null,
    typeof e?.response === "string" ? e.response : typeof e?.message === "string" ? e.message : String(error),
  ].filter(Boolean);
  return parts.join(" ").replace(/\s+/g, " ").slice(0, 500);
}

/**
 * Mail sent in bulk (the daily news mailing to every subscriber). The outbox delivers everything
 * else first, so a mailing of thousands never holds back a verification link or a password reset.
 */
export const bulkMailKinds = ["news_mailing"] as const;
