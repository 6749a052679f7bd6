import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { DraftText } from "@/app/[locale]/consultations/_components/DraftText";
import { MoneyTable } from "@/components/programmes/MoneyTable";
import { getDb } from "@/lib/db/client";
import { pageId } from "@/lib/http/page";
import { formatDay, formatMoney } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { getPublicProgramme } from "@/lib/programmes/queries";
import { sectionKeys } from "@/lib/programmes/rules";

type Params = Promise<{ locale: Locale; id: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const id = pageId((await params).id);
  await connection();
  const p = await getPublicProgramme(await getDb(), id);
  return p ? { title: p.title } : {};
}

/** Public: one cooperation programme, its text by section (Markdown through the safe renderer) and, live, its money per priority task. */
export default async function ProgrammePage({ params }: { params: Params }) {
  const { locale } = await params;
  const id = pageId((await params).id);
  setRequestLocale(locale);
  await connection();
  const p = await getPublicProgramme(await getDb(), id);
  if (!p) notFound();
  const t = await getTranslations("programmes");
  const years = p.yearFrom === p.yearTo ? String(p.yearFrom) : `${p.yearFrom}–${p.yearTo}`;
  const sections = sectionKeys.filter((k) => p.sections[k]);
  return (
    <article className="max-w-4xl">
      <p className="mb-2">
        <Link href="/programmes" className="text-brand-600 underline">
          {t("page.back")}
        </Link>
      </p>
      <p className="text-sm font-semibold uppercase text-muted">
        {t("page.kindYears", { kind: t(`kinds.${p.kind}`), years })} · {t(`statuses.${p.status}`)}
      </p>
      <h1 className="mb-4 text-3xl font-bold [overflow-wrap:anywhere]">{p.title}</h1>
      <div className="mb-6 space-y-1">
        {p.resolutionNumber && p.resolutionDate && (
          <p>{t("page.resolution", { number: p.resolutionNumber, date: formatDay(p.resolutionDate, locale) })}</p>
        )}
        {p.adoptedLate && <p className="font-semibold text-accent-600">{t("page.adoptedLate")}</p>}
        {p.reportDate && <p>{t("page.report", { date: formatDay(p.reportDate, locale) })}</p>}
        {p.reportLate && <p className="font-semibold text-accent-600">{t("page.reportLate")}</p>}
        {p.consultationId && p.consultationTitle && (
          <p>
            <Link href={`/consultations/${p.consultationId}`} className="text-brand-600 underline">
              {t("page.consultation", { title: p.consultationTitle })}
            </Link>
          </p>
        )}
      </div>
      {sections.length > 0 && (
        <nav aria-labelledby="contents" className="mb-6">
          <h2 id="contents" className="mb-2 text-xl font-bold">
            {t("page.contents")}
          </h2>
          <ol className="list-decimal pl-6">
            <li>
              <a href="#money" className="text-brand-600 underline">
                {t("page.tasksTitle")}
              </a>
            </li>
            {sections.map((k) => (
              <li key={k}>
                <a href={`#section-${k}`} className="text-brand-600 underline">
                  {t(`sections.${k}`)}
                </a>
              </li>
            ))}
          </ol>
        </nav>
      )}
      <section aria-labelledby="money" className="mb-8">
        <h2 id="money" className="mb-2 text-2xl font-bold">
          {t("page.tasksTitle")}
        </h2>
        <p className="mb-2">{t("page.plannedTotal", { amount: formatMoney(p.plannedGrosze, locale) })}</p>
        <p className="mb-4 text-sm text-muted">{t("page.tasksIntro")}</p>
        <MoneyTable tasks={p.tasks} totals={p.totals} locale={locale} />
      </section>
      {sections.map((k) => (
        <section key={k} aria-labelledby={`section-${k}`} className="mb-6">
          <h2 id={`section-${k}`} className="mb-2 text-2xl font-bold">
            {t(`sections.${k}`)}
          </h2>
          <div className="[overflow-wrap:anywhere]">
            <DraftText source={p.sections[k]!} />
          </div>
        </section>
      ))}
      {p.indicators.length > 0 && (
        <section aria-labelledby="indicators" className="mb-6">
          <h2 id="indicators" className="mb-2 text-2xl font-bold">
            {t("page.indicators")}
          </h2>
          <ul className="list-disc pl-6">
            {p.indicators.map((i) => (
              <li key={i.name} className="[overflow-wrap:anywhere]">
                {i.name}
                {i.target && (
                  <>
                    {" "}
                    — {t("page.target")}: {i.target}
                  </>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}
