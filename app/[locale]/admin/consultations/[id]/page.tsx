import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageHeading } from "@/components/ui/PageHeading";
import { requirePermission } from "@/lib/auth/session";
import { instantToWarsaw } from "@/lib/dates/warsaw";
import { unansweredCount } from "@/lib/consultations/queries";
import { areaChoices, consultationDetail } from "@/lib/consultations/queries";
import { allComments } from "@/lib/consultations/comment-queries";
import { effectiveStatus } from "@/lib/consultations/rules";
import { getDb } from "@/lib/db/client";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { AnswerForm, CloseForm, PublishForm } from "../AdminForms";
import { ConsultationForm } from "../ConsultationForm";
import { consultationSettings } from "@/lib/consultations/settings";
import { pageId } from "@/lib/http/page";

export default async function AdminConsultationPage({ params }: { params: Promise<{ locale: Locale; id: string }> }) {
  const { locale } = await params;
  const id = pageId((await params).id);
  setRequestLocale(locale);
  await requirePermission(locale, "consultation.manage", {}, `/admin/consultations/${id}`);
  const db = await getDb();
  const c = await consultationDetail(db, id);
  if (!c) notFound();
  const t = await getTranslations("consultations");
  const privacy = await getTranslations("privacy.people");
  const status = effectiveStatus(c, new Date());
  const [comments, unanswered, areas] = await Promise.all([
    allComments(db, id, { includeHidden: true }),
    unansweredCount(db, id),
    areaChoices(db, locale),
  ]);
  const initial = {
    title: c.title,
    subject: c.subject,
    purpose: c.purpose,
    department: c.department,
    territorialScope: c.territorialScope,
    audience: c.audience,
    forms: c.forms.join(","),
    startDate: instantToWarsaw(c.startsAt).date,
    endDate: instantToWarsaw(new Date(c.endsAt.getTime() - 1)).date,
    timetable: c.timetable,
    urgencyReason: c.urgencyReason,
    resultsPublication: c.resultsPublication,
    documents: c.documents.map((d) => `${d.title} | ${d.url}`).join("\n"),
    draftMarkdown: c.draftMarkdown,
    tags: c.tags.join(", "),
    areas: c.areas.map((a) => a.slug).join(","),
    reportThreshold: String(c.reportThreshold),
    editWindowMinutes: String(c.editWindowMinutes),
  };
  return (
    <div>
      <PageHeading title={c.title} lead={t(`status.${status}`)} />
      <p className="mb-6">
        <Link href={`/consultations/${id}`} className="text-brand-600 underline">
          {t("admin.view")}
        </Link>
      </p>
      {(status === "planned" || status === "open") && (
        <>
          <details className="mb-6 rounded border border-gray-300 p-3">
            <summary className="cursor-pointer font-semibold">{t("admin.edit")}</summary>
            <ConsultationForm minimumDays={consultationSettings.minimumDays} id={id} initial={initial} areas={areas} />
          </details>
          <CloseForm id={id} />
        </>
      )}
      <section aria-labelledby="answers">
        <h2 id="answers" className="mb-2 text-2xl font-bold">
          {t("admin.answers")}
        </h2>
        <p className="mb-4 font-semibold" role="status">
          {t("admin.unanswered", { count: unanswered })}
        </p>
        {status === "closed" && unanswered === 0 && <PublishForm consultationId={id} />}
        {status !== "closed" && status !== "report_published" && <p className="mb-4">{t("admin.answersAfterClose")}</p>}
        <ul className="space-y-4">
          {comments.map((cm) => (
            <li key={cm.id} className="rounded border border-gray-300 p-3" style={{ marginLeft: `${cm.depth * 1.5}rem` }}>
              <p className="text-sm">
                <strong>{cm.authorName || privacy("deleted")}</strong>
                {cm.organizationName && <> · {t("thread.onBehalf", { organization: cm.organizationName })}</>} ·{" "}
                {cm.paragraphNumber ? t("thread.onParagraph", { number: cm.paragraphNumber }) : t("thread.general")}
                {cm.moderation !== "visible" && (
                  <>
                    {" "}
                    ·{" "}
                    {cm.moderation === "hidden"
                      ? t("thread.hiddenByModerator", { reason: cm.moderationReason ?? "" })
                      : t("admin.stateAutoHidden")}
                  </>
                )}
              </p>
              <p className="whitespace-pre-line">{cm.body ?? "—"}</p>
              {status === "closed" && cm.moderation !== "hidden" && (
                <AnswerForm commentId={cm.id} author={cm.authorName || privacy("deleted")} initial={cm.answer} />
              )}
              {status === "report_published" && cm.answer && (
                <p className="mt-2 text-sm">
                  <strong>{t(`thread.verdict.${cm.answer.verdict as "accepted"}`)}</strong>: {cm.answer.justification}
                </p>
              )}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
