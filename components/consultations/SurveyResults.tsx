import { getTranslations } from "next-intl/server";
import { BarChart } from "@/components/charts/BarChart";
import { formatNumber } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/routing";
import type { QuestionResult } from "@/lib/surveys/rules";

/** Each closed question as a bar chart with its table; open answers as a list. */
export async function SurveyResults({ results, locale }: { results: QuestionResult[]; locale: Locale }) {
  const t = await getTranslations("participation.survey");
  return (
    <div>
      {results.map((r, i) => (
        <section key={r.question.id} aria-labelledby={`q-${r.question.id}`} className="mb-10">
          <h2 id={`q-${r.question.id}`} className="mb-1 text-xl font-bold">{`${i + 1}. ${r.question.prompt}`}</h2>
          <p className="mb-3 text-sm text-muted">
            {t("answered", { count: r.answered })}
            {r.average !== null && ` · ${t("average", { value: formatNumber(r.average, locale) })}`}
          </p>
          {r.question.kind === "text" ? (
            r.texts.length === 0 ? (
              <p>{t("noTexts")}</p>
            ) : (
              <ul className="list-disc space-y-2 pl-5">
                {r.texts.map((text, j) => (
                  <li key={j} className="whitespace-pre-line">
                    {text}
                  </li>
                ))}
              </ul>
            )
          ) : (
            <BarChart
              id={`chart-${r.question.id}`}
              title={t("chartTitle", { question: r.question.prompt })}
              caption={t("chartCaption", { number: i + 1 })}
              labelHeader={r.question.kind === "scale" ? t("scaleValue") : t("option")}
              valueHeader={t("count")}
              data={r.counts.map((c, j) => ({ key: String(j), label: c.label, value: c.count, display: formatNumber(c.count, locale) }))}
            />
          )}
        </section>
      ))}
    </div>
  );
}
