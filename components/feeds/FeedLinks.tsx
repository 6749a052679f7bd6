import { getTranslations } from "next-intl/server";

export type FeedKind = "competitions" | "consultations" | "events" | "deadlines";

const feeds: Record<FeedKind, { href: string; type: string; label: "link" | "calendar" | "deadlinesCalendar" }> = {
  competitions: { href: "/feeds/competitions.xml", type: "application/atom+xml", label: "link" },
  consultations: { href: "/feeds/consultations.xml", type: "application/atom+xml", label: "link" },
  events: { href: "/feeds/events.ics", type: "text/calendar", label: "calendar" },
  deadlines: { href: "/feeds/deadlines.ics", type: "text/calendar", label: "deadlinesCalendar" },
};

/**
 * The feeds of a list page: `<link rel="alternate">` (React puts it in the document's head, where feed
 * readers look) and a visible link to each.
 */
export async function FeedLinks({ kinds }: { kinds: readonly FeedKind[] }) {
  const t = await getTranslations("feeds");
  return (
    <p className="mb-4 flex flex-wrap gap-x-6 gap-y-1 text-sm">
      {kinds.map((kind) => {
        const feed = feeds[kind];
        return (
          <span key={kind}>
            <link rel="alternate" type={feed.type} href={feed.href} title={t(feed.label)} />
            <a href={feed.href} type={feed.type} className="text-brand-600 underline">
              {t(feed.label)}
            </a>
          </span>
        );
      })}
    </p>
  );
}
