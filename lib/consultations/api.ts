import { spreadsheetCsv } from "@/lib/core/csv";
import type { Db } from "@/lib/db/open";
import type { Locale } from "@/lib/i18n/routing";
import { translator, type Messages } from "@/lib/i18n/messages";
import { consultationDetail, type ConsultationDetail } from "./queries";
import { allComments } from "./comment-queries";
import { effectiveStatus } from "./rules";

export const apiHeaders = { "Cache-Control": "public, max-age=60", "Access-Control-Allow-Origin": "*" };

/** Public fields of a consultation for open data (no e-mails, no internal settings). */
export function consultationToApi(
  c: Pick<ConsultationDetail, "id" | "title" | "subject" | "status" | "startsAt" | "endsAt" | "audience" | "department">,
  now: Date,
) {
  return {
    id: c.id,
    title: c.title,
    subject: c.subject,
    status: effectiveStatus(c, now),
    startsAt: c.startsAt.toISOString(),
    endsAt: c.endsAt.toISOString(),
    audience: c.audience,
    department: c.department,
    url: `/consultations/${c.id}`,
  };
}

export async function consultationApiDetail(db: Db, id: string, now: Date) {
  const c = await consultationDetail(db, id);
  if (!c) return null;
  const comments = (await allComments(db, id)).filter((cm) => cm.moderation === "visible");
  return {
    ...consultationToApi(c, now),
    purpose: c.purpose,
    territorialScope: c.territorialScope,
    forms: c.forms,
    timetable: c.timetable,
    resultsPublication: c.resultsPublication,
    documents: c.documents,
    tags: c.tags,
    areas: c.areas.map((a) => a.slug),
    reportPublishedAt: c.reportPublishedAt?.toISOString() ?? null,
    paragraphs: c.paragraphs.map((p) => ({ number: p.number, text: p.body })),
    comments: comments.map((cm) => ({
      id: cm.id,
      parentId: cm.parentId,
      paragraphNumber: cm.paragraphNumber,
      author: cm.authorName,
      organization: cm.organizationName,
      stance: cm.stance,
      text: cm.body,
      supports: cm.supportCount,
      createdAt: cm.createdAt,
      answer: cm.answer,
    })),
  };
}

/** The report's comments as CSV for spreadsheets (lib/core/csv.ts: BOM, ";", CRLF, quoting, no formula injection). */
export function reportCsv(detail: NonNullable<Awaited<ReturnType<typeof consultationApiDetail>>>, locale: Locale) {
  const t = translator(locale);
  const header = [
    "id",
    "parentId",
    t("consultations.report.paragraphColumn"),
    t("consultations.report.author"),
    "organization",
    "stance",
    t("consultations.report.comment"),
    "supports",
    "createdAt",
    t("consultations.report.verdict"),
    t("consultations.report.justification"),
  ];
  const rows = detail.comments.map((c) => [
    c.id,
    c.parentId,
    c.paragraphNumber,
    c.author,
    c.organization,
    c.stance,
    c.text,
    c.supports,
    c.createdAt,
    c.answer ? t(`consultations.thread.verdict.${c.answer.verdict as keyof Messages["consultations"]["thread"]["verdict"]}`) : "",
    c.answer?.justification,
  ]);
  return spreadsheetCsv([header, ...rows]);
}
