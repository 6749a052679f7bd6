import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageHeading } from "@/components/ui/PageHeading";
import { requirePermission } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { formatDateTime } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { getPublicMeeting, myRegistration, myRegistrationDetails, organizationsForRegistration } from "@/lib/meetings/queries";
import { registrationOpen } from "@/lib/meetings/rules";
import { CancelForm, RegisterForm } from "./RegistrationForms";
import { pageId } from "@/lib/http/page";

/** One's own registration for a meeting: needs a log-in, renders per request. */
export default async function RegistrationPage({ params }: { params: Promise<{ locale: Locale; id: string }> }) {
  const { locale } = await params;
  const id = pageId((await params).id);
  setRequestLocale(locale);
  const principal = await requirePermission(locale, "meeting.register", {}, `/meetings/${id}/registration`);
  const db = await getDb();
  const meeting = await getPublicMeeting(db, id);
  if (!meeting) notFound();
  const [mine, details, organizations] = await Promise.all([
    myRegistration(db, principal, id),
    myRegistrationDetails(db, principal, id),
    organizationsForRegistration(db, principal),
  ]);
  const t = await getTranslations("participation.registration");
  const e = await getTranslations("centreEvents.registration");
  const deadline = meeting.registrationDeadline ? new Date(meeting.registrationDeadline) : null;
  const now = new Date();
  const open = registrationOpen(new Date(meeting.startsAt), now, deadline);
  const beforeStart = now.getTime() < Date.parse(meeting.startsAt);
  const full = meeting.registered >= meeting.capacity;
  return (
    <div className="max-w-3xl">
      <p className="mb-2">
        <Link href={`/meetings/${id}`} className="text-brand-600 underline">
          {t("back")}
        </Link>
      </p>
      <PageHeading
        title={t("title", { title: meeting.title })}
        lead={`${formatDateTime(new Date(meeting.startsAt), locale)} · ${meeting.place}`}
      />
      <p className="mb-4">{t("seats", { capacity: meeting.capacity, registered: meeting.registered, waiting: meeting.waiting })}</p>
      {mine ? (
        <>
          <p role="status" className="mb-4 font-semibold" id="my-status">
            {mine.status === "registered" ? t("youAreRegistered") : t("youAreWaiting", { position: mine.position ?? 0 })}
          </p>
          {details?.organization && <p className="mb-4">{e("onBehalfOf", { organization: details.organization })}</p>}
          {details?.attendance === "present" && details.certificateCode && (
            <p className="mb-4">
              <Link href={`/meetings/${id}/certificate`} className="font-semibold text-brand-600 underline">
                {e("certificate")}
              </Link>
            </p>
          )}
          {open && <CancelForm meetingId={id} waiting={mine.status === "waiting"} />}
        </>
      ) : open ? (
        <>
          {full && <p className="mb-4">{t("fullExplained")}</p>}
          {deadline && <p className="mb-4">{e("deadline", { when: formatDateTime(deadline, locale) })}</p>}
          <RegisterForm meetingId={id} full={full} organizations={organizations} />
        </>
      ) : (
        <p>{beforeStart ? e("closedAtDeadline") : t("closed")}</p>
      )}
    </div>
  );
}
