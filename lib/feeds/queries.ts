import "server-only";
import { and, desc, gte, isNotNull, notInArray, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/open";
import { competitions } from "@/lib/db/schema/competitions";
import { consultations } from "@/lib/db/schema/consultations";
import { meetings } from "@/lib/db/schema/meetings";

/* What the feeds show: public records only (never a draft competition), the newest first. */
export const FEED_ENTRIES = 50;

/** Published competitions (the newest 50), with the results' date when published. */
export function feedCompetitions(db: Db) {
  return db
    .select({
      id: competitions.id,
      number: competitions.number,
      title: competitions.title,
      status: competitions.status,
      description: competitions.description,
      publishedAt: competitions.publishedAt,
      updatedAt: competitions.updatedAt,
      createdAt: competitions.createdAt,
      offerDeadline: competitions.offerDeadline,
      resultsPublishedAt: competitions.resultsPublishedAt,
    })
    .from(competitions)
    .where(sql`${competitions.status} <> 'draft'`)
    .orderBy(desc(sql`coalesce(${competitions.resultsPublishedAt}, ${competitions.publishedAt}, ${competitions.createdAt})`))
    .limit(FEED_ENTRIES);
}

/** Consultations (the newest 50), with the report's date when published. */
export function feedConsultations(db: Db) {
  return db
    .select({
      id: consultations.id,
      title: consultations.title,
      subject: consultations.subject,
      status: consultations.status,
      startsAt: consultations.startsAt,
      endsAt: consultations.endsAt,
      createdAt: consultations.createdAt,
      updatedAt: consultations.updatedAt,
      reportPublishedAt: consultations.reportPublishedAt,
    })
    .from(consultations)
    .orderBy(desc(sql`coalesce(${consultations.reportPublishedAt}, ${consultations.createdAt})`))
    .limit(FEED_ENTRIES);
}

/** Events (lib/meetings) from 90 days back on, at most 500. */
export function feedEvents(db: Db, now: Date) {
  const since = new Date(now.getTime() - 90 * 86_400_000).toISOString();
  return db
    .select({
      id: meetings.id,
      title: meetings.title,
      description: meetings.description,
      place: meetings.place,
      startsAt: meetings.startsAt,
      endsAt: meetings.endsAt,
      updatedAt: meetings.updatedAt,
    })
    .from(meetings)
    .where(gte(meetings.endsAt, sql`${since}::timestamptz`))
    .orderBy(meetings.startsAt)
    .limit(500);
}

/** Offer deadlines of published competitions (not withdrawn or void), from a year back on. */
export function feedDeadlines(db: Db, now: Date) {
  const since = new Date(now.getTime() - 365 * 86_400_000).toISOString();
  return db
    .select({
      id: competitions.id,
      number: competitions.number,
      title: competitions.title,
      offerDeadline: competitions.offerDeadline,
      updatedAt: competitions.updatedAt,
      publishedAt: competitions.publishedAt,
    })
    .from(competitions)
    .where(
      and(
        notInArray(competitions.status, ["draft", "cancelled", "voided"]),
        isNotNull(competitions.offerDeadline),
        gte(competitions.offerDeadline, sql`${since}::timestamptz`),
      ),
    )
    .orderBy(competitions.offerDeadline)
    .limit(500);
}
