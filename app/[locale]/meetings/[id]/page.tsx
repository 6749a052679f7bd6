import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { formatDateTime } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { cachedMeeting } from "@/lib/meetings/cache";
import { endedNow, registrationOpen } from "@/lib/meetings/rules";
import { pageId } from "@/lib/http/page";

/* Public and cached (tags "meetings", `meeting:${id}`); one's own registration is on /registration. */
export function generateStaticParams() {
  return [];
}

type Params = Promise<{ locale: Locale; id: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const id = pageId((await params).id);
  const meeting = await cachedMeeting(id);
  return meeting ? { title: meeting.title } : {};
}

export default async function MeetingPage({ params }: { params: Params }) {
  const { locale } = await params;
  const id = pageId((await params).id);
  setRequestLocale(locale);
  const meeting = await cachedMeeting(id);
  if (!meeting) notFound();
  const t = await getTranslations("participation.meetings");
  const e = await getTranslations("centreEvents.event");
  const ended = endedNow(meeting.endsAt);
  const open = registrationOpen(
    new Date(meeting.startsAt),
    new Date(),
    meeting.registrationDeadline ? new Date(meeting.registrationDeadline) : null,
  );
  const left = Math.max(0, meeting.capacity - meeting.registered);
  return (
    <article className="max-w-3xl">
      <p className="mb-2">
        <Link href="/meetings" className="text-brand-600 underline">
          {e("back")}
        </Link>
      </p>
      <p className="text-sm font-semibold uppercase text-muted">{t(`kinds.${meeting.kind}`)}</p>
      <h1 className="mb-4 text-3xl font-bold">{meeting.title}</h1>
      <dl className="mb-6 grid grid-cols-[auto_1fr] gap-x-6 gap-y-1">
        <dt className="font-semibold">{t("when")}</dt>
        <dd>
          <time dateTime={meeting.startsAt}>{formatDateTime(new Date(meeting.startsAt), locale)}</time> –{" "}
          <time dateTime={meeting.endsAt}>{formatDateTime(new Date(meeting.endsAt), locale)}</time>
        </dd>
        <dt className="font-semibold">{t("place")}</dt>
        <dd>{meeting.place}</dd>
        {meeting.onlineUrl && (
          <>
            <dt className="font-semibold">{e("online")}</dt>
            <dd className="break-all">
              <a href={meeting.onlineUrl} className="text-brand-600 underline" rel="noopener noreferrer">
                {meeting.onlineUrl}
              </a>
            </dd>
          </>
        )}
        {meeting.organizer && (
          <>
            <dt className="font-semibold">{e("organizer")}</dt>
            <dd>{meeting.organizer}</dd>
          </>
        )}
        {meeting.topicArea && (
          <>
            <dt className="font-semibold">{e("topicArea")}</dt>
            <dd>{meeting.topicArea}</dd>
          </>
        )}
        {meeting.audience && (
          <>
            <dt className="font-semibold">{e("audience")}</dt>
            <dd>{meeting.audience}</dd>
          </>
        )}
        {meeting.registrationDeadline && (
          <>
            <dt className="font-semibold">{e("deadline")}</dt>
            <dd>
              <time dateTime={meeting.registrationDeadline}>{formatDateTime(new Date(meeting.registrationDeadline), locale)}</time>
            </dd>
          </>
        )}
        <dt className="font-semibold">{t("capacity")}</dt>
        <dd>{t("capacityValue", { capacity: meeting.capacity, registered: meeting.registered, waiting: meeting.waiting })}</dd>
        {meeting.consultationId && (
          <>
            <dt className="font-semibold">{t("consultation")}</dt>
            <dd>
              <Link href={`/consultations/${meeting.consultationId}`} className="text-brand-600 underline">
                {t("consultationLink")}
              </Link>
            </dd>
          </>
        )}
      </dl>
      {meeting.description && <p className="mb-6 whitespace-pre-line">{meeting.description}</p>}
      <div className="mb-8 flex flex-wrap gap-4">
        {open ? (
          <Link
            href={`/meetings/${meeting.id}/registration`}
            className="rounded bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700"
          >
            {left > 0 ? t("registerCta") : t("waitCta")}
          </Link>
        ) : (
          <Link href={`/meetings/${meeting.id}/registration`} className="self-center text-brand-600 underline">
            {e("myRegistration")}
          </Link>
        )}
        <a
          href={`/api/v1/meetings/${meeting.id}.ics`}
          download
          className="rounded border-2 border-brand-600 px-4 py-2 font-semibold text-brand-700 hover:bg-brand-50"
        >
          {t("ics")}
        </a>
      </div>
      <section aria-labelledby="minutes">
        <h2 id="minutes" className="mb-2 text-2xl font-bold">
          {t("minutes")}
        </h2>
        {meeting.minutes ? (
          <>
            {meeting.minutesPublishedAt && (
              <p className="mb-2 text-sm text-muted">
                {t("minutesPublished", { when: formatDateTime(new Date(meeting.minutesPublishedAt), locale) })}
              </p>
            )}
            <div className="whitespace-pre-line">{meeting.minutes}</div>
          </>
        ) : (
          <p>{ended ? t("minutesPending") : t("minutesAfter")}</p>
        )}
      </section>
    </article>
  );
}
