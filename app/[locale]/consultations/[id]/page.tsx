import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ConsultationMeetings } from "@/components/consultations/ConsultationMeetings";
import { FollowButton } from "@/components/consultations/FollowButton";
import { SurveyBlock } from "@/components/consultations/SurveyBlock";
import { cachedMeetingList } from "@/lib/meetings/cache";
import { cachedSurvey } from "@/lib/surveys/cache";
import { cachedConsultation } from "@/lib/consultations/cache";
import { effectiveStatus } from "@/lib/consultations/rules";
import { formatDate, formatDateTime } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { CommentForm } from "../_components/CommentForm";
import { DraftText } from "../_components/DraftText";
import { MeProvider } from "../_components/Me";
import { ParagraphComment } from "../_components/ParagraphComment";
import { Thread } from "../_components/Thread";
import { pageId } from "@/lib/http/page";
import { cachedProgrammeOfConsultation } from "@/lib/programmes/cache";

type Props = { params: Promise<{ locale: Locale; id: string }> };

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const id = pageId((await params).id);
  const c = await cachedConsultation(id);
  return { title: c?.title };
}

/** Public and cached: reads no session; the personal parts are client components. */
export default async function ConsultationPage({ params }: Props) {
  const { locale } = await params;
  const id = pageId((await params).id);
  setRequestLocale(locale);
  const c = await cachedConsultation(id);
  if (!c) notFound();
  const t = await getTranslations("consultations");
  const programme = await cachedProgrammeOfConsultation(id);
  const tProgrammes = await getTranslations("programmes.consultation");
  const startsAt = new Date(c.startsAt);
  const endsAt = new Date(c.endsAt);
  const status = effectiveStatus({ status: c.status, startsAt, endsAt }, new Date());
  const open = status === "open";
  const lastDay = new Date(endsAt.getTime() - 1);
  const facts: [string, React.ReactNode][] = [
    [t("detail.subject"), c.subject],
    [t("detail.purpose"), c.purpose],
    [t("detail.department"), c.department],
    [t("detail.scope"), c.territorialScope],
    [t("detail.audience"), t(`audience.${c.audience}`)],
    [t("detail.forms"), c.forms.map((f) => t(`forms.${f}`)).join(", ")],
    ...(c.timetable ? [[t("detail.timetable"), c.timetable] as [string, React.ReactNode]] : []),
    ...(c.urgencyReason ? [[t("detail.urgencyReason"), c.urgencyReason] as [string, React.ReactNode]] : []),
    [t("detail.resultsPublication"), c.resultsPublication],
    ...(c.areas.length
      ? [[t("detail.areas"), c.areas.map((a) => (locale === "pl" ? a.namePl : a.nameEn)).join(", ")] as [string, React.ReactNode]]
      : []),
    ...(c.tags.length ? [[t("detail.tags"), c.tags.join(", ")] as [string, React.ReactNode]] : []),
  ];
  return (
    <MeProvider organizationsOnly={c.audience === "ngos"}>
      <article>
        <p className="mb-2">
          <span className="rounded bg-brand-600 px-2 py-1 text-sm font-bold text-white">{t(`status.${status}`)}</span>
        </p>
        <h1 className="mb-2 text-3xl font-bold">{c.title}</h1>
        {programme && (
          <p className="mb-2">
            <Link href={`/programmes/${programme.id}`} className="font-semibold text-brand-600 underline">
              {tProgrammes("concerns", { title: programme.title })}
            </Link>
          </p>
        )}
        <p className="mb-4 text-lg">
          {t("detail.period")}: <time dateTime={c.startsAt}>{formatDate(startsAt, locale)}</time> –{" "}
          <time dateTime={c.endsAt}>{formatDate(lastDay, locale)}</time>
        </p>
        <div className="mb-6 border-l-4 border-brand-600 bg-brand-50 p-4">
          {status === "open" && <p>{t("detail.openNotice", { end: formatDate(lastDay, locale) })}</p>}
          {status === "planned" && <p>{t("detail.plannedNotice", { start: formatDateTime(startsAt, locale) })}</p>}
          {status === "closed" && <p>{t("detail.closedNotice")}</p>}
          {status === "report_published" && (
            <p>
              {t("detail.reportNotice")}{" "}
              <Link href={`/consultations/${c.id}/report`} className="font-semibold text-brand-600 underline">
                {t("detail.readReport")}
              </Link>
            </p>
          )}
        </div>
        <dl className="mb-6 grid gap-x-6 gap-y-2 sm:grid-cols-[14rem_1fr]">
          {facts.map(([k, v]) => (
            <div key={k} className="contents">
              <dt className="font-semibold">{k}</dt>
              <dd className="whitespace-pre-line">{v}</dd>
            </div>
          ))}
        </dl>
        {c.documents.length > 0 && (
          <section aria-labelledby="documents" className="mb-6">
            <h2 id="documents" className="mb-2 text-2xl font-bold">
              {t("detail.documents")}
            </h2>
            <ul className="list-disc pl-6">
              {c.documents.map((d) => (
                <li key={d.url}>
                  <a href={d.url} rel="noopener noreferrer" className="text-brand-600 underline">
                    {d.title}
                  </a>
                </li>
              ))}
            </ul>
          </section>
        )}
        <div className="mb-6 print:hidden">
          <FollowButton consultationId={c.id} />
        </div>
        <section aria-labelledby="draft" className="mb-8">
          <h2 id="draft" className="mb-2 text-2xl font-bold">
            {t("detail.draft")}
          </h2>
          <p className="mb-4 text-muted">{t("detail.draftHint")}</p>
          <ol className="space-y-4">
            {c.paragraphs.map((p) => (
              <li key={p.number} id={`paragraph-${p.number}`} className="rounded border border-gray-300 p-4">
                <h3 className="mb-2 text-sm font-bold uppercase text-muted">
                  {t("detail.paragraph", { number: p.number })} · {t("detail.paragraphComments", { count: p.comments })}
                </h3>
                <DraftText source={p.body} />
                <ParagraphComment consultationId={c.id} number={p.number} open={open} />
              </li>
            ))}
          </ol>
        </section>
        <SurveyBlock consultationId={c.id} survey={await cachedSurvey(c.id)} />
        <ConsultationMeetings meetings={await cachedMeetingList(c.id)} locale={locale} />
        <section aria-labelledby="thread" className="mb-8">
          <h2 id="thread" className="mb-2 text-2xl font-bold">
            {t("detail.thread")} ({c.totalComments})
          </h2>
          {open && <CommentForm consultationId={c.id} title={t("detail.generalComment")} />}
          <Thread consultationId={c.id} initial={c.firstPage} open={open} editWindowMinutes={c.editWindowMinutes} />
        </section>
      </article>
    </MeProvider>
  );
}
