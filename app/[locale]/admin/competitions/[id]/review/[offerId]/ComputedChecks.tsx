import { getTranslations } from "next-intl/server";
import { warsawToInstant } from "@/lib/dates/warsaw";
import { formatDate, formatDateTime, formatMoney } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/routing";
import type { OfferIssue } from "@/lib/offers/rules";
import type { ComputedCheck } from "@/lib/review/rules";

const moneyParams = new Set(["max", "min", "sources", "total"]);

/** What the system checked itself, read-only: each item with its result and why. */
export async function ComputedChecks({
  checks,
  locale,
  submittedAt,
  offerDeadline,
}: {
  checks: ComputedCheck[];
  locale: Locale;
  submittedAt: Date | null;
  offerDeadline: Date | null;
}) {
  const [t, issuesT, offersT] = await Promise.all([
    getTranslations("scoringReview"),
    getTranslations("offerErrors"),
    getTranslations("offers"),
  ]);
  const issueText = (issue: OfferIssue) => {
    const params: Record<string, string> = {};
    for (const [k, v] of Object.entries(issue.params ?? {})) {
      if (moneyParams.has(k)) params[k] = formatMoney(Number(v), locale);
      else if (k === "date") params[k] = formatDate(warsawToInstant(String(v), "12:00"), locale);
      else params[k] = String(v);
    }
    return issuesT.has(issue.code as never) ? issuesT(issue.code as never, params as never) : issuesT("required");
  };
  const declarationLabel = (key: string) =>
    offersT.has(`f.d.${key}` as never) ? offersT(`f.d.${key}` as never) : offersT(`f.arrears.${key}` as never);
  const dates = {
    submittedAt: submittedAt ? formatDateTime(submittedAt, locale) : "—",
    deadline: offerDeadline ? formatDateTime(offerDeadline, locale) : "—",
  };
  return (
    <section aria-labelledby="computed-checks" className="mb-6">
      <h2 id="computed-checks" className="mb-2 text-xl font-bold">
        {t("computedTitle")}
      </h2>
      <p className="mb-3">{t("computedLead")}</p>
      <dl className="space-y-3">
        {checks.map((check) => (
          <div
            key={check.item}
            data-testid={`computed-${check.item}`}
            className={`border-l-4 p-3 ${check.passed ? "border-green-700 bg-green-50" : "border-accent-600 bg-white"}`}
          >
            <dt className="font-semibold">{t(`items.${check.item}`)}</dt>
            <dd>
              <p className="font-semibold">{check.passed ? t("computedPassed") : t(`answers.${check.answer}`)}</p>
              <p>{t(`explain.${check.explanation.key}` as never, { ...dates, ...check.explanation.values } as never)}</p>
              {check.issues && check.issues.length > 0 && (
                <ul className="list-disc pl-5">
                  {check.issues.map((issue) => (
                    <li key={`${issue.field}-${issue.code}`}>{issueText(issue)}</li>
                  ))}
                </ul>
              )}
              {check.missing && check.missing.length > 0 && (
                <ul className="list-disc pl-5">
                  {check.missing.map((key) => (
                    <li key={key}>{declarationLabel(key)}</li>
                  ))}
                </ul>
              )}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
