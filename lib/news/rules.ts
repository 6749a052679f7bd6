/**
 * News and the daily mailing: the rules, pure (no database), shared by the job, the staff pages and
 * the tests. Times are Warsaw wall-clock times (lib/dates/warsaw.ts); working days skip weekends and
 * public holidays (lib/dates/holidays.ts).
 */
import { isWorkingDay } from "@/lib/dates/holidays";
import { addDays, instantToWarsaw, warsawToInstant } from "@/lib/dates/warsaw";
import { announcementKindValues, newsTypeValues } from "@/lib/db/schema/news";

export const newsTypes = newsTypeValues;
export type NewsType = (typeof newsTypes)[number];
export const announcementKinds = announcementKindValues;
export type AnnouncementKind = (typeof announcementKinds)[number];

/** The news type an accepted announcement gets unless staff choose another. */
export const typeOfAnnouncement: Record<AnnouncementKind, NewsType> = {
  event: "events",
  volunteers: "volunteering",
  recruitment: "jobs",
  fundraising: "events",
};

export interface MailingSettings {
  /** the hour of the day (Warsaw time) the mailing leaves */
  hour: number;
  minItems: number;
  maxItems: number;
}

export const defaultMailingSettings: MailingSettings = { hour: 8, minItems: 4, maxItems: 6 };

/** A news item waiting in the mailing queue, as the plan reads it. */
export interface QueuedItem {
  id: string;
  /** the queue's order (lower first; oldest queued first unless staff moved it) */
  rank: number;
  /** published from then on; it can go out only in a mailing at or after that time */
  publishAt: Date | null;
  /** held by staff: stays in the queue, goes in no mailing */
  held: boolean;
}

/** The instant of the day's mailing: the set hour in Warsaw that day (right across DST). */
export function mailingTime(day: string, settings: Pick<MailingSettings, "hour">): Date {
  return warsawToInstant(day, `${String(settings.hour).padStart(2, "0")}:00`);
}

/**
 * How many items a mailing takes from `available` eligible ones: at most the maximum; all of them
 * when there are fewer (so fewer than the minimum only when fewer wait; none when none wait).
 */
export function mailingSize(available: number, settings: Pick<MailingSettings, "maxItems">): number {
  return Math.max(0, Math.min(available, settings.maxItems));
}

/** The items of one mailing: the eligible ones at `sendAt`, in queue order, cut to the mailing's size. */
export function composeMailing<T extends QueuedItem>(queue: readonly T[], sendAt: Date, settings: MailingSettings): T[] {
  const eligible = queue
    .filter((item) => !item.held && (item.publishAt === null || item.publishAt.getTime() <= sendAt.getTime()))
    .sort((a, b) => a.rank - b.rank);
  return eligible.slice(0, mailingSize(eligible.length, settings));
}

/** Whether the day's mailing is due at `now`: a working day, at or after the hour. */
export function mailingDue(now: Date, settings: Pick<MailingSettings, "hour">): { due: boolean; day: string } {
  const day = instantToWarsaw(now).date;
  return { day, due: isWorkingDay(day) && now.getTime() >= mailingTime(day, settings).getTime() };
}

export interface PlannedMailing<T> {
  day: string;
  sendAt: Date;
  items: T[];
  /** fewer items than the minimum (staff may add some) */
  short: boolean;
}

/**
 * The next `days` mailings: from today (when today's is still to go and it is a working day) over
 * the following working days, each taking its items from what is left of the queue. Pure.
 */
export function planMailings<T extends QueuedItem>(
  queue: readonly T[],
  now: Date,
  settings: MailingSettings,
  options: { days?: number; sentToday?: boolean } = {},
): PlannedMailing<T>[] {
  const count = options.days ?? 3;
  const plan: PlannedMailing<T>[] = [];
  let left = [...queue];
  let day = instantToWarsaw(now).date;
  const todayOpen = isWorkingDay(day) && !options.sentToday;
  if (!todayOpen) day = nextWorkingDay(day);
  while (plan.length < count) {
    const sendAt = mailingTime(day, settings);
    const items = composeMailing(left, sendAt, settings);
    const taken = new Set(items.map((i) => i.id));
    left = left.filter((i) => !taken.has(i.id));
    plan.push({ day, sendAt, items, short: items.length < settings.minItems });
    day = nextWorkingDay(day);
  }
  return plan;
}

export function nextWorkingDay(day: string): string {
  let next = addDays(day, 1);
  while (!isWorkingDay(next)) next = addDays(next, 1);
  return next;
}

/** A subscriber's topics: empty lists mean "everything". */
export interface Topics {
  areas: readonly string[];
  types: readonly string[];
}

/**
 * Whether an item matches a subscriber's topics: its type is one chosen (or none chosen), and one of
 * its task areas is chosen (or none chosen, or the item names no area: news for every area).
 */
export function matchesTopics(item: { type: string; areas: readonly string[] }, topics: Topics): boolean {
  if (topics.types.length > 0 && !topics.types.includes(item.type)) return false;
  if (topics.areas.length > 0 && item.areas.length > 0 && !item.areas.some((a) => topics.areas.includes(a))) return false;
  return true;
}

/** The fields staff changed when accepting an announcement (the organization sees them). */
export function changedFields(
  proposed: { title: string; lead: string; body: string; areas: readonly string[] },
  published: { title: string; lead: string; body: string; areas: readonly string[] },
): ("title" | "lead" | "body" | "areas")[] {
  const out: ("title" | "lead" | "body" | "areas")[] = [];
  if (proposed.title !== published.title) out.push("title");
  if (proposed.lead !== published.lead) out.push("lead");
  if (proposed.body !== published.body) out.push("body");
  if ([...proposed.areas].sort().join() !== [...published.areas].sort().join()) out.push("areas");
  return out;
}

/** Whether an item is public at `now`. */
export function isPublic(item: { status: string; publishAt: Date | null }, now: Date): boolean {
  return item.status === "published" && item.publishAt !== null && item.publishAt.getTime() <= now.getTime();
}
