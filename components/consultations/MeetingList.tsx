import { getTranslations } from "next-intl/server";
import { formatDateTime } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import type { PublicMeeting } from "@/lib/meetings/queries";

/** A list of meetings as cards: kind, title (link), time, place and seats. */
export async function MeetingList({
  meetings,
  locale,
  headingLevel = 3,
}: {
  meetings: PublicMeeting[];
  locale: Locale;
  headingLevel?: 2 | 3;
}) {
  const t = await getTranslations("participation.meetings");
  const Heading = `h${headingLevel}` as "h2" | "h3";
  return (
    <ul className="space-y-4">
      {meetings.map((m) => {
        const left = Math.max(0, m.capacity - m.registered);
        return (
          <li key={m.id} className="rounded border border-gray-300 p-4">
            <p className="text-sm font-semibold uppercase text-muted">{t(`kinds.${m.kind}`)}</p>
            <Heading className="text-lg font-bold">
              <Link href={`/meetings/${m.id}`} className="text-brand-600 underline">
                {m.title}
              </Link>
            </Heading>
            <p>
              <time dateTime={m.startsAt}>{formatDateTime(new Date(m.startsAt), locale)}</time> · {m.place}
            </p>
            <p className="text-sm">
              {left > 0 ? t("seatsLeft", { count: left, capacity: m.capacity }) : t("full", { waiting: m.waiting })}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
