import { getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/ui/PageHeading";
import type { AdviceTopic } from "@/lib/advice/rules";
import type { FormState } from "@/lib/forms/result";
import { formatDateTime } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { AttendanceForm, NotesForm } from "./BookingForms";

type Action = (previous: FormState, formData: FormData) => Promise<FormState>;

export interface BookingDetail {
  bookingId: string | null;
  startsAt: Date;
  adviser: string;
  status: string | null;
  topic: string | null;
  description: string | null;
  notes: string | null;
  person: string | null;
  email: string | null;
  organization: string | null;
}

/** One appointment as its adviser and the Centre's staff see it: who, what, the private notes and the attendance. */
export async function BookingPanel({
  booking,
  locale,
  back,
  notesAction,
  attendanceAction,
  children,
}: {
  booking: BookingDetail;
  locale: Locale;
  back: string;
  notesAction: Action;
  attendanceAction: Action;
  children?: React.ReactNode;
}) {
  const t = await getTranslations("advice");
  const when = formatDateTime(booking.startsAt, locale);
  const id = booking.bookingId ?? "";
  return (
    <div className="max-w-3xl">
      <p className="mb-2">
        <Link href={back} className="text-brand-600 underline">
          {t("booking.back")}
        </Link>
      </p>
      <PageHeading title={t("booking.title", { when })} />
      <dl className="mb-6 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <dt className="font-semibold">{t("manage.adviser")}</dt>
        <dd>{booking.adviser}</dd>
        <dt className="font-semibold">{t("booking.person")}</dt>
        <dd>
          {booking.person} ({booking.email})
        </dd>
        {booking.organization && (
          <>
            <dt className="font-semibold">{t("booking.organization")}</dt>
            <dd>{booking.organization}</dd>
          </>
        )}
        <dt className="font-semibold">{t("manage.topic")}</dt>
        <dd>{booking.topic ? t(`topics.${booking.topic as AdviceTopic}`) : ""}</dd>
        <dt className="font-semibold">{t("manage.status")}</dt>
        <dd>{t(`statuses.${(booking.status ?? "booked") as "booked"}`)}</dd>
        <dt className="font-semibold">{t("booking.description")}</dt>
        <dd className="whitespace-pre-line">{booking.description}</dd>
      </dl>
      <NotesForm action={notesAction} bookingId={id} notes={booking.notes ?? ""} />
      {booking.status !== "cancelled" && <AttendanceForm action={attendanceAction} bookingId={id} status={booking.status ?? "booked"} />}
      {children}
    </div>
  );
}
