/*
 * The platform's public feeds from rows (pure: the routes read the rows, tests pass their own).
 * Atom through lib/feeds/atom.ts, iCalendar through lib/meetings/ics.ts. Links from APP_URL.
 */
import { calendarIcs } from "@/lib/meetings/ics";
import { translator } from "@/lib/i18n/messages";
import { appLink } from "@/lib/mail/links";
import { atomFeed, type AtomEntry } from "./atom";

/** who publishes the platform's feeds (Atom requires an author) */
export const PUBLISHER = "Urząd Miejski w Białymstoku";
const SUMMARY_CHARS = 400;

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= SUMMARY_CHARS ? flat : `${flat.slice(0, SUMMARY_CHARS - 1).trimEnd()}…`;
}

export interface CompetitionFeedRow {
  id: string;
  number: string;
  title: string;
  description: string;
  publishedAt: Date | null;
  updatedAt: Date | null;
  createdAt: Date;
  resultsPublishedAt: Date | null;
}

/** `/feeds/competitions.xml`: each published competition, and its results as an entry of their own once published. */
export function competitionsAtom(rows: readonly CompetitionFeedRow[]): string {
  const t = translator("pl");
  const entries: AtomEntry[] = [];
  for (const c of rows) {
    const published = c.publishedAt ?? c.createdAt;
    const link = appLink("pl", `/competitions/${c.id}`);
    entries.push({
      id: link,
      title: `${c.number} — ${c.title}`,
      link,
      summary: c.description ? shorten(c.description) : undefined,
      published,
      updated: c.updatedAt && c.updatedAt > published ? c.updatedAt : published,
      category: "competition",
    });
    if (c.resultsPublishedAt) {
      const results = appLink("pl", `/competitions/${c.id}/results`);
      entries.push({
        id: results,
        title: t("feeds.resultsOf", { title: `${c.number} — ${c.title}` }),
        link: results,
        published: c.resultsPublishedAt,
        updated: c.resultsPublishedAt,
        category: "results",
      });
    }
  }
  return atomFeed({
    self: appLink("pl", "/feeds/competitions.xml"),
    title: t("feeds.competitions"),
    subtitle: t("feeds.competitionsSubtitle"),
    link: appLink("pl", "/competitions"),
    language: "pl",
    author: PUBLISHER,
    entries,
  });
}

export interface ConsultationFeedRow {
  id: string;
  title: string;
  subject: string;
  createdAt: Date;
  updatedAt: Date;
  reportPublishedAt: Date | null;
}

/** `/feeds/consultations.xml`: each consultation, and its report as an entry of its own once published. */
export function consultationsAtom(rows: readonly ConsultationFeedRow[]): string {
  const t = translator("pl");
  const entries: AtomEntry[] = [];
  for (const c of rows) {
    const link = appLink("pl", `/consultations/${c.id}`);
    entries.push({
      id: link,
      title: c.title,
      link,
      summary: c.subject ? shorten(c.subject) : undefined,
      published: c.createdAt,
      updated: c.updatedAt > c.createdAt ? c.updatedAt : c.createdAt,
      category: "consultation",
    });
    if (c.reportPublishedAt) {
      const report = appLink("pl", `/consultations/${c.id}/report`);
      entries.push({
        id: report,
        title: t("feeds.resultsOf", { title: c.title }),
        link: report,
        published: c.reportPublishedAt,
        updated: c.reportPublishedAt,
        category: "results",
      });
    }
  }
  return atomFeed({
    self: appLink("pl", "/feeds/consultations.xml"),
    title: t("feeds.consultations"),
    subtitle: t("feeds.consultationsSubtitle"),
    link: appLink("pl", "/consultations"),
    language: "pl",
    author: PUBLISHER,
    entries,
  });
}

export interface EventFeedRow {
  id: string;
  title: string;
  description: string;
  place: string;
  startsAt: Date;
  endsAt: Date;
  updatedAt: Date;
}

/** `/feeds/events.ics`: the Centre's trainings and events and the consultations' meetings. */
export function eventsIcs(rows: readonly EventFeedRow[]): string {
  return calendarIcs(
    translator("pl")("feeds.eventsName"),
    rows.map((m) => ({
      uid: `meeting-${m.id}@wspolnie`,
      summary: m.title,
      location: m.place,
      description: m.description ? shorten(m.description) : undefined,
      url: appLink("pl", `/meetings/${m.id}`),
      startsAt: new Date(m.startsAt),
      endsAt: new Date(m.endsAt),
      stamp: new Date(m.updatedAt),
    })),
  );
}

export interface DeadlineFeedRow {
  id: string;
  number: string;
  title: string;
  offerDeadline: Date | null;
  updatedAt: Date | null;
  publishedAt: Date | null;
}

/** `/feeds/deadlines.ics`: the offer deadline of each published competition, as a moment. */
export function deadlinesIcs(rows: readonly DeadlineFeedRow[]): string {
  const t = translator("pl");
  return calendarIcs(
    t("feeds.deadlinesName"),
    rows
      .filter((c) => c.offerDeadline)
      .map((c) => ({
        uid: `competition-deadline-${c.id}@wspolnie`,
        summary: t("feeds.deadlinesSummary", { title: `${c.number} — ${c.title}` }),
        location: "",
        url: appLink("pl", `/competitions/${c.id}`),
        startsAt: new Date(c.offerDeadline!),
        stamp: new Date(c.updatedAt ?? c.publishedAt ?? c.offerDeadline!),
      })),
  );
}
