import { getTranslations, setRequestLocale } from "next-intl/server";
import { Notice } from "@/components/ui/Notice";
import { PageHeading } from "@/components/ui/PageHeading";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { formatDateTime, formatNumber } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/routing";
import { listJobs, type JobListing } from "@/lib/jobs/queries";
import { TableScroll } from "@/components/ui/TableScroll";

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The background jobs: what runs when, what each last run did, and a button to run one now. */
export default async function JobsPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const principal = await requirePermission(locale, "jobs.view", {}, "/admin/jobs");
  const sp = await searchParams;
  const t = await getTranslations("jobs");
  const jobs = await listJobs(await getDb(), principal);
  const ran = typeof sp.ran === "string" ? jobs.find((j) => j.name === sp.ran) : undefined;
  const canRun = can(principal, "jobs.run");
  return (
    <div>
      <PageHeading title={t("title")} lead={t("lead")} />
      {ran && (
        <Notice tone={sp.outcome === "ok" ? "success" : "info"}>
          {t(`ran.${sp.outcome === "ok" || sp.outcome === "failed" || sp.outcome === "busy" ? sp.outcome : "busy"}`, {
            job: t(`names.${ran.name}`),
          })}
        </Notice>
      )}
      <TableScroll label={t("title")}>
        <table className="w-full border-collapse text-left text-sm">
          <caption className="sr-only">{t("title")}</caption>
          <thead>
            <tr className="border-b-2 border-gray-700">
              <th scope="col" className="py-2 pr-3">
                {t("columns.job")}
              </th>
              <th scope="col" className="py-2 pr-3">
                {t("columns.schedule")}
              </th>
              <th scope="col" className="py-2 pr-3">
                {t("columns.lastRun")}
              </th>
              <th scope="col" className="py-2 pr-3">
                {t("columns.outcome")}
              </th>
              {canRun && (
                <th scope="col" className="py-2">
                  <span className="sr-only">{t("columns.actions")}</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {jobs.map((job) => (
              <tr key={job.name} className="border-b border-gray-200 align-top" data-testid={`job-${job.name}`}>
                <th scope="row" className="py-2 pr-3 text-left font-normal">
                  <span className="block font-semibold">{t(`names.${job.name}`)}</span>
                  <span className="block text-gray-700">{t(`descriptions.${job.name}`)}</span>
                  <code className="text-xs text-gray-700">{job.name}</code>
                </th>
                <td className="py-2 pr-3">
                  <code>{job.schedule}</code>
                  {job.nextRun && <span className="block">{t("next", { when: formatDateTime(job.nextRun, locale) })}</span>}
                </td>
                <td className="py-2 pr-3" data-testid="last-run">
                  {job.running ? (
                    t("running")
                  ) : job.lastFinishedAt ? (
                    <>
                      {formatDateTime(job.lastFinishedAt, locale)}
                      <span className="block">{t(`triggers.${job.lastTrigger ?? "schedule"}`)}</span>
                      <span className="block text-gray-700">{t("counts", { runs: job.runs, failures: job.failures })}</span>
                    </>
                  ) : (
                    t("never")
                  )}
                </td>
                <td className="py-2 pr-3" data-testid="outcome">
                  <Outcome job={job} t={t} locale={locale} />
                </td>
                {canRun && (
                  <td className="py-2">
                    <form noValidate method="post" action={`/api/admin/jobs/${job.name}/run`}>
                      <input type="hidden" name="locale" value={locale} />
                      <button
                        type="submit"
                        aria-label={t("runNowFor", { job: t(`names.${job.name}`) })}
                        className="rounded border-2 border-brand-600 px-3 py-1 font-semibold whitespace-nowrap text-brand-700"
                      >
                        {t("runNow")}
                      </button>
                    </form>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </div>
  );
}

function Outcome({ job, t, locale }: { job: JobListing; t: Awaited<ReturnType<typeof getTranslations<"jobs">>>; locale: Locale }) {
  if (!job.lastOutcome) return <>—</>;
  if (job.lastOutcome === "failed")
    return (
      <>
        <strong className="text-red-800">{t("outcomes.failed")}</strong>
        {job.lastError && <code className="block break-all">{job.lastError}</code>}
      </>
    );
  return (
    <>
      <strong>{t("outcomes.ok")}</strong>
      {job.skipped && <span className="block">{t(`skipped.${job.skipped}`)}</span>}
      {job.lastSummary.length === 0 && !job.skipped && <span className="block">{t("nothingToDo")}</span>}
      {job.lastSummary.length > 0 && (
        <span className="block">{job.lastSummary.map((s) => `${t(`summary.${s.key}`)}: ${formatNumber(s.value, locale)}`).join(", ")}</span>
      )}
    </>
  );
}
