import { getTranslations, setRequestLocale } from "next-intl/server";
import { AppointmentsTable } from "@/components/advice/AppointmentsTable";
import { PageHeading } from "@/components/ui/PageHeading";
import { TableScroll } from "@/components/ui/TableScroll";
import { adviceStats, appointments, listAdvisers } from "@/lib/advice/queries";
import type { AdviceTopic } from "@/lib/advice/rules";
import { requirePermission } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { warsawToday } from "@/lib/dates/warsaw";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { ActionForm } from "@/components/forms/ActionForm";
import { adviserActiveAction } from "./actions";
import { AddAdviserForm, PublishForm } from "./ManageForms";

/** Staff: advisers, publishing slots, the next appointments and the statistics per topic. */
export default async function ManageAdvicePage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<{ year?: string }>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const principal = await requirePermission(locale, "advice.manage", {}, "/centre/manage/advice");
  const today = warsawToday();
  const thisYear = Number(today.slice(0, 4));
  const wanted = Number((await searchParams).year);
  const year = Number.isInteger(wanted) && wanted >= 2000 && wanted <= thisYear + 1 ? wanted : thisYear;
  const db = await getDb();
  const [advisers, upcoming, stats] = await Promise.all([
    listAdvisers(db, principal),
    appointments(db, principal, new Date(new Date().getTime() - 24 * 3600 * 1000)),
    adviceStats(db, principal, year),
  ]);
  const t = await getTranslations("advice");
  const years = Array.from({ length: 5 }, (_, i) => thisYear + 1 - i);
  return (
    <div>
      <PageHeading title={t("manage.title")} lead={t("manage.lead")} />
      <section aria-labelledby="stats" className="mb-10">
        <h2 id="stats" className="mb-3 text-2xl font-semibold">
          {t("manage.statsTitle", { year })}
        </h2>
        <form noValidate method="get" className="mb-4 flex items-end gap-3">
          <div>
            <label htmlFor="year" className="mb-1 block font-semibold">
              {t("manage.year")}
            </label>
            <select id="year" name="year" defaultValue={String(year)} className="rounded border border-gray-500 px-3 py-2">
              {years.map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="rounded border-2 border-brand-600 px-4 py-2 font-semibold text-brand-700">
            {t("manage.show")}
          </button>
        </form>
        <TableScroll labelledBy="stats">
          <table className="w-full text-left text-sm" id="advice-stats">
            <thead>
              <tr>
                <th scope="col" className="p-2">
                  {t("manage.statsTopic")}
                </th>
                <th scope="col" className="p-2 text-right">
                  {t("manage.statsSlots")}
                </th>
                <th scope="col" className="p-2 text-right">
                  {t("manage.statsBookings")}
                </th>
                <th scope="col" className="p-2 text-right">
                  {t("manage.statsAttended")}
                </th>
              </tr>
            </thead>
            <tbody>
              {stats.map((s) => (
                <tr key={s.topic} className="border-t border-gray-200">
                  <th scope="row" className="p-2 font-normal">
                    {t(`topics.${s.topic as AdviceTopic}`)}
                  </th>
                  <td className="p-2 text-right">{s.slots}</td>
                  <td className="p-2 text-right">{s.bookings}</td>
                  <td className="p-2 text-right">{s.attended}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </section>
      <section aria-labelledby="publish" className="mb-10">
        <h2 id="publish" className="mb-3 text-2xl font-semibold">
          {t("manage.publishTitle")}
        </h2>
        {advisers.every((a) => !a.active) ? (
          <p>{t("manage.noAdvisers")}</p>
        ) : (
          <PublishForm advisers={advisers.filter((a) => a.active).map((a) => ({ value: a.id, label: a.name }))} today={today} />
        )}
        <p className="mt-4">
          <Link href="/centre/manage/advice/slots" className="text-brand-600 underline">
            {t("manage.slotsLink")}
          </Link>
        </p>
      </section>
      <section aria-labelledby="appointments" className="mb-10">
        <h2 id="appointments" className="mb-3 text-2xl font-semibold">
          {t("manage.appointmentsTitle")}
        </h2>
        <AppointmentsTable rows={upcoming} locale={locale} detailPath="/centre/manage/advice/bookings" />
      </section>
      <section aria-labelledby="advisers">
        <h2 id="advisers" className="mb-3 text-2xl font-semibold">
          {t("manage.advisersTitle")}
        </h2>
        <ul className="mb-6 list-disc pl-6">
          {advisers.map((a) => (
            <li key={a.id} className="mb-3">
              {a.name} — {a.topics.map((k) => t(`topics.${k as AdviceTopic}`)).join(", ")} (
              {a.hasAccount ? t("manage.hasAccount") : t("manage.noAccount")}
              {!a.active && `, ${t("manage.inactive")}`})
              <div className="mt-1">
                <ActionForm
                  action={adviserActiveAction}
                  fields={{ adviserId: a.id, active: String(!a.active) }}
                  label={a.active ? t("manage.deactivate") : t("manage.activate")}
                  accessibleLabel={t(a.active ? "manage.deactivateFor" : "manage.activateFor", { name: a.name })}
                  done={a.active ? t("manage.deactivated") : t("manage.activated")}
                  variant="secondary"
                  namespace="advice.errors"
                />
              </div>
            </li>
          ))}
        </ul>
        <h3 className="mb-3 text-xl font-semibold">{t("manage.addAdviser")}</h3>
        <AddAdviserForm />
      </section>
    </div>
  );
}
