import type { Locale } from "@/lib/i18n/routing";
import type { ReportDetail } from "@/lib/reports/queries";
import { reportSums } from "@/lib/reports/rules";
import { simplifiedSums } from "@/lib/reports/simplified";
import { ReportDocument } from "./ReportDocument";
import { SimplifiedReportDocument } from "./SimplifiedReportDocument";

/** A report's content (the current one, or a round's) on its contract's form: full (annex 5) or simplified (small grants). */
export function ReportContentView({
  detail,
  round,
  locale,
  idPrefix,
}: {
  detail: ReportDetail;
  round?: ReportDetail["rounds"][number];
  locale: Locale;
  idPrefix: string;
}) {
  const simplified = round ? round.simplified : detail.simplified?.content;
  if (simplified)
    return (
      <SimplifiedReportDocument
        content={simplified}
        sums={simplifiedSums(simplified, detail.period.sources)}
        locale={locale}
        idPrefix={idPrefix}
      />
    );
  const content = round ? round.content : detail.content;
  return (
    <ReportDocument
      content={content}
      sums={reportSums(content, detail.period.lines, detail.period.sources)}
      locale={locale}
      idPrefix={idPrefix}
    />
  );
}
