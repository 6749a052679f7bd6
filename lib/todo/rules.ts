/**
 * The "to do" list (Do zrobienia): what waits for a person, one item per task or per group of like
 * tasks, most urgent first. Pure: the queries (queries.ts) gather the items, the page and the
 * reminder mail (reminders.ts) order and filter them here.
 */
import { daysBetween, warsawEndOfDay, warsawToday } from "@/lib/dates/warsaw";

export const todoRoles = ["ngo", "commission", "centre", "admin", "resident"] as const;
export type TodoRole = (typeof todoRoles)[number];

export const todoKinds = [
  // NGO representative
  "reportOverdue",
  "reportDue",
  "reportReturned",
  "correctionRequested",
  "grantAwaitingUpdate",
  "contractToSign",
  "amendmentAnswered",
  "draftDeadline",
  "trancheHeld",
  "membershipRequests",
  "announcementReturned",
  "volunteerApplications",
  "volunteerHoursToApprove",
  // commission member
  "declarationToSign",
  "offersToScore",
  "scoringToClose",
  // Centre staff
  "bookingsToDecide",
  "premisesToDecide",
  "announcementsToReview",
  // administrator
  "formalReview",
  "correctionsReturned",
  "competitionToDecide",
  "grantedWithoutContract",
  "budgetUpdatesToDecide",
  "contractsAwaitingSignature",
  "reportsToAccept",
  "reportsOverdue",
  "returnsOverdue",
  "organizationsToVerify",
  "commentsUnanswered",
  "smallGrantsToPublish",
  "smallGrantsToDecide",
  "mailFailed",
  // resident
  "followedAnswers",
  "meetingRegistration",
  // the Mayor's patronage (lib/patronages): staff, then the applicant
  "patronagesToDecide",
  "patronageInfoRequested",
  "patronageReportDue",
  "volunteerAgreementToConfirm",
  // cooperation programmes (lib/programmes): administrator
  "competitionOutsideProgramme",
] as const;
export type TodoKind = (typeof todoKinds)[number];

/** A deadline: a legal day (due by the end of that Warsaw day) or an instant (an offer deadline at 15:00). */
export type TodoDeadline = { day: string; at: Date } | { day: null; at: Date };

export interface TodoItem {
  role: TodoRole;
  kind: TodoKind;
  /** how many tasks the item stands for (1 for a single report, n for "n offers to score") */
  count: number;
  deadline: TodoDeadline | null;
  /** the page of the task, a locale-free path */
  href: string;
  /** what the item is about (a contract number, an offer or competition title), shown beside its kind */
  subject: string | null;
  /** a detail the text needs (e.g. the report year a held tranche waits for) */
  detail?: Record<string, string | number>;
  /** a stable key for lists */
  key: string;
}

/** A deadline this many days ahead counts as near: the page marks it, the reminder mail is sent. */
export const SOON_DAYS = 7;
const DAY_MS = 24 * 60 * 60 * 1000;

export type Urgency = "overdue" | "soon" | "later" | "none";

/** Overdue once the deadline passed; soon when it is at most SOON_DAYS ahead (for a legal day: in Warsaw calendar days). */
export function urgencyOf(item: Pick<TodoItem, "deadline">, now: Date): Urgency {
  if (!item.deadline) return "none";
  if (item.deadline.at.getTime() < now.getTime()) return "overdue";
  const soon = item.deadline.day
    ? daysBetween(warsawToday(now), item.deadline.day) <= SOON_DAYS
    : item.deadline.at.getTime() - now.getTime() <= SOON_DAYS * DAY_MS;
  return soon ? "soon" : "later";
}

const rank: Record<Urgency, number> = { overdue: 0, soon: 1, later: 1, none: 2 };

/**
 * Most urgent first: overdue items (the longest overdue first), then by the nearest deadline, then
 * the items without a deadline in the order of their kinds (a role's most pressing kinds come first).
 */
export function orderTodo<T extends Pick<TodoItem, "deadline" | "kind" | "key">>(items: readonly T[], now: Date): T[] {
  const kindIndex = (kind: TodoKind) => todoKinds.indexOf(kind);
  return [...items].sort((a, b) => {
    const ua = rank[urgencyOf(a, now)];
    const ub = rank[urgencyOf(b, now)];
    if (ua !== ub) return ua - ub;
    if (a.deadline && b.deadline && a.deadline.at.getTime() !== b.deadline.at.getTime())
      return a.deadline.at.getTime() - b.deadline.at.getTime();
    return kindIndex(a.kind) - kindIndex(b.kind) || a.key.localeCompare(b.key);
  });
}

/** The items a reminder mail is about: overdue or due within SOON_DAYS; nothing else is worth a mail. */
export function itemsToRemind<T extends Pick<TodoItem, "deadline">>(items: readonly T[], now: Date): T[] {
  return items.filter((item) => {
    const urgency = urgencyOf(item, now);
    return urgency === "overdue" || urgency === "soon";
  });
}

/** Groups ordered items into the sections of the page, in the order of the person's roles. */
export function sectionsOf<T extends Pick<TodoItem, "role">>(items: readonly T[], roles: readonly TodoRole[]) {
  return roles.map((role) => ({ role, items: items.filter((item) => item.role === role) }));
}

/** A legal day as a deadline: the last second of that Warsaw day is still on time. */
export function dayDeadline(day: string): TodoDeadline {
  return { day, at: warsawEndOfDay(day) };
}

export function instantDeadline(at: Date): TodoDeadline {
  return { day: null, at };
}

/** What tells one single task from another of its kind: its key, page and subject, its deadline if it has one. */
export type SingleTask = Pick<TodoItem, "key" | "href" | "subject"> & Partial<Pick<TodoItem, "deadline" | "detail">>;

/** One item per row, each a single task of `kind` (count 1, no deadline unless `describe` gives one). */
export function singleTasks<Row>(role: TodoRole, kind: TodoKind, rows: readonly Row[], describe: (row: Row) => SingleTask): TodoItem[] {
  return rows.map((row) => ({ role, kind, count: 1, deadline: null, ...describe(row) }));
}
