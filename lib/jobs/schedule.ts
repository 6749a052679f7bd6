import { Cron } from "croner";

/** Schedules are read in Warsaw time, like every date of the platform. */
export const scheduleTimezone = "Europe/Warsaw";

/** A pattern object that never runs anything: for computing runs. */
export function pattern(schedule: string): Cron {
  return new Cron(schedule, { timezone: scheduleTimezone, paused: true });
}

/**
 * `JOBS_SCHEDULE="outbox.deliver=*\/2 * * * * *;digests.send=0 6 * * *"`: schedules that replace
 * the registry's, by job name. Unknown names and invalid patterns are refused with a clear error.
 */
export function parseScheduleOverrides(value: string | undefined, known: readonly string[]): Map<string, string> {
  const overrides = new Map<string, string>();
  for (const part of (value ?? "").split(";")) {
    if (!part.trim()) continue;
    const at = part.indexOf("=");
    const name = part.slice(0, at).trim();
    const schedule = part.slice(at + 1).trim();
    if (at < 0 || !name || !schedule) throw new Error(`JOBS_SCHEDULE: expected "job.name=cron pattern", got "${part.trim()}"`);
    if (!known.includes(name)) throw new Error(`JOBS_SCHEDULE: unknown job "${name}" (known: ${known.join(", ")})`);
    try {
      pattern(schedule);
    } catch (error) {
      throw new Error(`JOBS_SCHEDULE: invalid pattern for ${name}: "${schedule}" (${(error as Error).message})`);
    }
    overrides.set(name, schedule);
  }
  return overrides;
}

/** The scheduled time a run at `now` belongs to: the latest time of the pattern not after it. */
export function slotOf(schedule: string, now: Date): Date {
  return pattern(schedule).previousRuns(1, now)[0] ?? now;
}

export function nextRunOf(schedule: string, now: Date): Date | null {
  return pattern(schedule).nextRun(now);
}

/**
 * A run missed while no instance was up: the latest slot after the last one that ran, if any
 * (null when the job never ran: a new installation starts on the schedule, not with a backlog).
 */
export function missedSlot(schedule: string, lastSlot: Date | null, now: Date): Date | null {
  if (!lastSlot) return null;
  const latest = slotOf(schedule, now);
  return latest.getTime() > lastSlot.getTime() ? latest : null;
}
