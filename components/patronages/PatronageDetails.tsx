import { getTranslations } from "next-intl/server";
import { formatDate, formatDay } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/routing";
import type { patronageApplications } from "@/lib/db/schema/patronages";

type Application = typeof patronageApplications.$inferSelect;

/** What an application says, the office's question and answer, the decision and the report (applicant and staff). */
export async function PatronageDetails({ a, locale }: { a: Application; locale: Locale }) {
  const t = await getTranslations("patronages");
  const row = (label: string, value: string | number | null | undefined) =>
    value === null || value === undefined || value === "" ? null : (
      <>
        <dt className="font-semibold">{label}</dt>
        <dd className="break-words whitespace-pre-line">{value}</dd>
      </>
    );
  const dates =
    a.startsOn === a.endsOn ? formatDay(a.startsOn, locale) : `${formatDay(a.startsOn, locale)} – ${formatDay(a.endsOn, locale)}`;
  return (
    <>
      <dl className="mb-6 grid gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr]">
        {row(t("mine.status"), t(`statuses.${a.status}`))}
        {row(t("fields.requestType"), t(`requestTypes.${a.requestType}`))}
        {row(t("public.dates"), dates)}
        {row(t("fields.place"), a.place)}
        {row(t("fields.organizer"), a.organizer)}
        {row(t("fields.partners"), a.partners)}
        {row(t("fields.scope"), t(`scopes.${a.scope}`))}
        {row(t("fields.audience"), a.audience)}
        {row(t("fields.expectedParticipants"), a.expectedParticipants)}
        {row(t("fields.commercial"), a.commercial ? t("fields.yes") : t("fields.no"))}
        {row(t("fields.fees"), a.fees || t("fields.free"))}
        {row(t("fields.otherPatrons"), a.otherPatrons || t("fields.none"))}
        {row(t("fields.media"), a.media || t("fields.none"))}
        {row(t("fields.promotionPlan"), a.promotionPlan)}
        {row(t("detail.submittedAt"), formatDate(a.submittedAt, locale))}
        {row(t("detail.question"), a.infoRequest)}
        {row(t("detail.answer"), a.infoAnswer)}
        {row(t("detail.logoTerms"), a.logoTerms)}
        {row(t("detail.refusalReason"), a.refusalReason)}
        {row(t("detail.reportDueOn"), a.reportDueOn ? formatDay(a.reportDueOn, locale) : null)}
      </dl>
      {a.status === "reported" && (
        <section className="mb-6">
          <h2 className="mb-2 text-xl font-semibold">{t("detail.report")}</h2>
          <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr]">
            {row(t("detail.participants"), a.reportParticipants)}
            {row(t("detail.shown"), a.reportShown)}
          </dl>
          {a.reportPhotoLinks && (
            <ul className="mt-2 list-disc pl-6">
              {a.reportPhotoLinks.split("\n").map((link) => (
                <li key={link} className="break-all">
                  <a href={link} className="text-brand-600 underline" rel="noopener noreferrer nofollow">
                    {link}
                  </a>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </>
  );
}
