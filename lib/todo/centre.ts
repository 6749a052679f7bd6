import "server-only";
import type { Db } from "@/lib/db/open";
import { pendingBookingCount } from "@/lib/bookings/queries";
import { pendingAnnouncementCount } from "@/lib/news/todo";
import { pendingApplicationCount } from "@/lib/premises/queries";
import { instantDeadline, type TodoItem } from "./rules";

/**
 * The Centre staff's items: room bookings waiting for a decision (due when the earliest of them
 * begins: after that the organization cannot use its answer), applications for municipal premises and
 * organizations' announcements for the news (the patronages are lib/todo/patronages.ts).
 */
export async function centreTodo(db: Db, now: Date): Promise<TodoItem[]> {
  const [bookings, applications, announcements] = await Promise.all([
    pendingBookingCount(db, now),
    pendingApplicationCount(db),
    pendingAnnouncementCount(db),
  ]);
  const items: TodoItem[] = [];
  if (bookings.count > 0)
    items.push({
      role: "centre",
      kind: "bookingsToDecide",
      key: "bookings-pending",
      count: bookings.count,
      deadline: bookings.earliest ? instantDeadline(bookings.earliest) : null,
      href: "/centre/manage",
      subject: null,
    });
  if (applications > 0)
    items.push({
      role: "centre",
      kind: "premisesToDecide",
      key: "premises-applications",
      count: applications,
      deadline: null,
      href: "/centre/manage/premises",
      subject: null,
    });
  if (announcements > 0)
    items.push({
      role: "centre",
      kind: "announcementsToReview",
      key: "news-announcements",
      count: announcements,
      deadline: null,
      href: "/news/manage",
      subject: null,
    });
  return items;
}
