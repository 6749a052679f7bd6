import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ConsultationMeetings } from "@/components/consultations/ConsultationMeetings";
import { cachedMeetingList } from "@/lib/meetings/cache";
import { cachedConsultation, cachedReport } from "@/lib/consultations/cache";
import { formatDate, formatDateTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/routing";
import { pageId } from "@/lib/http/page";
import { TableScroll } from "@/components/ui/TableScroll";

type Props = { params: Promise<{ locale: Locale; id: string }> };

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: "consultations.report" }))("title") };
}

/** The published report, generated from the data; public, cached, printable. */
export default async function ReportPage({ params }: Props) {
  const { locale } = await params;
  const id = pageId((await params).id);
  setRequestLocale(locale);
  const c = await cachedConsultation(id);
  if (!c) notFound();
  const t = await getTranslations("consultations");
  const privacy = await getTranslations("privacy.people");
  if (c.status !== "report_published") return <p>{t("report.notPublished")}</p>;
  const { statistics: s, comments } = await cachedReport(id);
  const stats: [string, number][] = [
    [t("report.participants"), s.participants],
    [t("report.comments"), s.comments],
    [t("report.residentComments"), s.residentComments],
    [t("report.ngoComments"), s.ngoComments],
    [t("report.organizations"), s.organizations],
  ];
  return (
    <article>
      <p className="text-sm font-bold uppercase text-muted">{t("report.title")}</p>
      <h1 className="mb-2 text-3xl font-bold">{c.title}</h1>
      <p className="mb-4">
        {t("detail.period")}: {formatDate(new Date(c.startsAt), locale)} – {formatDate(new Date(Date.parse(c.endsAt) - 1), locale)} ·{" "}
        {t("report.published")}: {c.reportPublishedAt && formatDateTime(new Date(c.reportPublishedAt), locale)}
      </p>
      <p className="mb-6 flex gap-4 print:hidden">
        <a
          href={`/api/v1/consultations/${id}/report.csv${locale === "en" ? "?lang=en" : ""}`}
          className="rounded border-2 border-brand-600 px-4 py-2 font-semibold text-brand-700"
        >
          {t("report.csv")}
        </a>
      </p>
      <dl className="mb-6 grid gap-x-6 gap-y-2 sm:grid-cols-[14rem_1fr]">
        <dt className="font-semibold">{t("detail.subject")}</dt>
        <dd>{c.subject}</dd>
        <dt className="font-semibold">{t("detail.department")}</dt>
        <dd>{c.department}</dd>
        <dt className="font-semibold">{t("detail.forms")}</dt>
        <dd>{c.forms.map((f) => t(`forms.${f}`)).join(", ")}</dd>
      </dl>
      {c.reportSummary && (
        <section aria-labelledby="summary" className="mb-6">
          <h2 id="summary" className="mb-2 text-2xl font-bold">
            {t("report.summary")}
          </h2>
          <p className="whitespace-pre-line">{c.reportSummary}</p>
        </section>
      )}
      <section aria-labelledby="statistics" className="mb-6 print:break-inside-avoid">
        <h2 id="statistics" className="mb-2 text-2xl font-bold">
          {t("report.statistics")}
        </h2>
        <TableScroll label={t("report.statistics")}>
          <table className="mb-4 text-left">
            <tbody>
              {stats.map(([k, v]) => (
                <tr key={k} className="border-b border-gray-200">
                  <th scope="row" className="py-1 pr-6 font-semibold">
                    {k}
                  </th>
                  <td className="py-1">{v}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <TableScroll label={t("report.byParagraph")}>
            <table className="text-left">
              <caption className="mb-1 text-left font-bold">{t("report.byParagraph")}</caption>
              <thead>
                <tr className="border-b-2 border-gray-700">
                  <th scope="col" className="pr-6">
                    {t("report.paragraphColumn")}
                  </th>
                  <th scope="col">{t("report.countColumn")}</th>
                </tr>
              </thead>
              <tbody>
                {s.byParagraph.map((r) => (
                  <tr key={r.paragraphNumber ?? 0} className="border-b border-gray-200">
                    <td className="pr-6">{r.paragraphNumber ?? t("report.generalRow")}</td>
                    <td>{r.comments}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </TableScroll>
      </section>
      <section aria-labelledby="all-comments" className="mb-6">
        <h2 id="all-comments" className="mb-2 text-2xl font-bold">
          {t("report.allComments")}
        </h2>
        <ol className="space-y-3">
          {comments.map((cm) => (
            <li
              key={cm.id}
              className="rounded border border-gray-300 p-3 print:break-inside-avoid"
              style={{ marginLeft: `${cm.depth * 1.5}rem` }}
            >
              <p className="text-sm">
                <strong>{cm.authorName || privacy("deleted")}</strong>
                {cm.organizationName && <> · {t("thread.onBehalf", { organization: cm.organizationName })}</>} ·{" "}
                {cm.paragraphNumber ? t("thread.onParagraph", { number: cm.paragraphNumber }) : t("thread.general")}
              </p>
              <p className="whitespace-pre-line">{cm.body ?? t("thread.hiddenAuto")}</p>
              {cm.answer && (
                <p className="mt-1 border-l-4 border-brand-600 pl-2 text-sm">
                  <strong>{t(`thread.verdict.${cm.answer.verdict as "accepted"}`)}</strong>: {cm.answer.justification}
                </p>
              )}
            </li>
          ))}
        </ol>
      </section>
      {/* Meetings and their minutes: provided by the meetings module. */}
      <ConsultationMeetings meetings={await cachedMeetingList(id)} locale={locale} />
    </article>
  );
}
