import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ActionForm } from "@/components/forms/ActionForm";
import { ProgrammeForm } from "@/components/programmes/Forms";
import { MoneyTable } from "@/components/programmes/MoneyTable";
import { PageHeading } from "@/components/ui/PageHeading";
import { groszeToInput } from "@/lib/core/money";
import { warsawToday } from "@/lib/dates/warsaw";
import { loadPage, pageId } from "@/lib/http/page";
import { formatDay } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { areaChoices, consultationChoices, programmeForStaff } from "@/lib/programmes/queries";
import { adoptionDeadline, canBringIntoForce, isEditable, reportDeadline } from "@/lib/programmes/rules";
import { adoptAction, bringIntoForceAction, consultAction, removeTaskAction, reportAction, saveTaskAction } from "../../actions";

type Params = Promise<{ locale: Locale; id: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: "programmes.manage" }))("titleEdit") };
}

/** Administrators: one programme: its stage and the next step, its priority tasks with their money, links to its text and public page. */
export default async function ManageProgrammePage({
  params,
  searchParams,
}: {
  params: Params;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { locale } = await params;
  const id = pageId((await params).id);
  setRequestLocale(locale);
  const rawTask = (await searchParams).task;
  const taskParam = Array.isArray(rawTask) ? rawTask[0] : rawTask;
  const { programme, areas, consultationList } = await loadPage(locale, `/programmes/manage/${id}`, async (db, principal) => {
    const found = await programmeForStaff(db, principal, id);
    return (
      found && {
        programme: found,
        areas: await areaChoices(db, locale),
        consultationList: found.status === "draft" ? await consultationChoices(db, id) : [],
      }
    );
  });
  const t = await getTranslations("programmes");
  const editable = isEditable(programme.status);
  const editing = programme.tasks.find((task) => task.id === taskParam) ?? null;
  const years = programme.yearFrom === programme.yearTo ? String(programme.yearFrom) : `${programme.yearFrom}–${programme.yearTo}`;
  return (
    <div className="max-w-4xl">
      <p className="mb-2">
        <Link href="/programmes/manage" className="text-brand-600 underline">
          {t("manage.back")}
        </Link>
      </p>
      <PageHeading title={programme.title} />
      <p className="mb-2">
        {t("page.kindYears", { kind: t(`kinds.${programme.kind}`), years })} ·{" "}
        {t("manage.state", { status: t(`statuses.${programme.status}`) })}
      </p>
      <ul className="mb-6 flex flex-wrap gap-x-6 gap-y-1">
        {editable && (
          <li>
            <Link href={`/programmes/manage/${id}/edit`} className="text-brand-600 underline">
              {t("manage.editFor", { title: programme.title })}
            </Link>
          </li>
        )}
        {programme.status !== "draft" && (
          <li>
            <Link href={`/programmes/${id}`} className="text-brand-600 underline">
              {t("manage.view")}
            </Link>
          </li>
        )}
      </ul>

      <section aria-labelledby="stages" className="mb-8 border-2 border-gray-200 p-4">
        <h2 id="stages" className="mb-3 text-2xl font-bold">
          {t("states.title")}
        </h2>
        {programme.resolutionNumber && programme.resolutionDate && (
          <p className="mb-1">
            {t("page.resolution", { number: programme.resolutionNumber, date: formatDay(programme.resolutionDate, locale) })}
          </p>
        )}
        {programme.adoptedLate && <p className="mb-1 font-semibold text-accent-600">{t("page.adoptedLate")}</p>}
        {programme.consultationId && programme.consultationTitle && (
          <p className="mb-3">
            <Link href={`/consultations/${programme.consultationId}`} className="text-brand-600 underline">
              {t("page.consultation", { title: programme.consultationTitle })}
            </Link>
          </p>
        )}
        {programme.status === "draft" && (
          <>
            <p className="mb-2 text-sm text-muted">{t("states.consultationHint")}</p>
            <p className="mb-3">
              <Link href="/admin/consultations/new" className="text-brand-600 underline">
                {t("states.createConsultation")}
              </Link>
            </p>
            <ProgrammeForm
              action={consultAction}
              label={t("states.consult")}
              submit={t("states.consult")}
              done={t("states.consulted")}
              hidden={{ id }}
              fields={[
                {
                  name: "consultationId",
                  label: t("states.consultation"),
                  type: "select",
                  placeholder: "—",
                  options: consultationList.map((c) => ({ value: c.id, label: c.title })),
                },
              ]}
            />
          </>
        )}
        {programme.status === "consultation" && (
          <>
            <p className="mb-2">{t("states.deadlineNote", { date: formatDay(adoptionDeadline(programme.yearFrom), locale) })}</p>
            <ProgrammeForm
              action={adoptAction}
              label={t("states.adopt")}
              submit={t("states.adopt")}
              done={t("states.adopted")}
              hidden={{ id }}
              fields={[
                { name: "resolutionNumber", label: t("states.resolutionNumber"), width: "max-w-xs" },
                { name: "resolutionDate", label: t("states.resolutionDate"), type: "date", width: "max-w-xs" },
              ]}
            />
          </>
        )}
        {programme.status === "adopted" &&
          (canBringIntoForce(programme, warsawToday()) ? (
            <ActionForm
              action={bringIntoForceAction}
              fields={{ id }}
              label={t("states.bringIntoForce")}
              done={t("states.broughtIntoForce")}
              namespace="programmes.errors"
            />
          ) : (
            <p>{t("states.inForceFrom", { year: programme.yearFrom })}</p>
          ))}
        {programme.status === "in_force" && (
          <>
            <p className="mb-2">{t("states.reportDeadline", { date: formatDay(reportDeadline(programme.yearTo), locale) })}</p>
            <ProgrammeForm
              action={reportAction}
              label={t("states.report")}
              submit={t("states.report")}
              done={t("states.reported")}
              hidden={{ id }}
              fields={[{ name: "reportDate", label: t("states.reportDate"), type: "date", width: "max-w-xs" }]}
            />
          </>
        )}
        {programme.status === "reported" && (
          <p>
            {t("states.done")} {programme.reportDate && t("page.report", { date: formatDay(programme.reportDate, locale) })}
          </p>
        )}
      </section>

      <section aria-labelledby="tasks" className="mb-8">
        <h2 id="tasks" className="mb-3 text-2xl font-bold">
          {t("tasks.title")}
        </h2>
        <MoneyTable tasks={programme.tasks} totals={programme.totals} locale={locale} />
        {editable && programme.tasks.length > 0 && (
          <ul className="mb-6 space-y-2">
            {programme.tasks.map((task) => (
              <li key={task.id} className="flex flex-wrap items-center gap-4">
                <span className="[overflow-wrap:anywhere]">{task.title}</span>
                <Link href={`/programmes/manage/${id}?task=${task.id}#task-form`} className="text-brand-600 underline">
                  {t("tasks.saveFor", { title: task.title })}
                </Link>
                <ActionForm
                  action={removeTaskAction}
                  fields={{ programmeId: id, id: task.id }}
                  label={t("tasks.remove")}
                  accessibleLabel={t("tasks.removeFor", { title: task.title })}
                  done={t("tasks.removed")}
                  variant="secondary"
                  namespace="programmes.errors"
                />
              </li>
            ))}
          </ul>
        )}
        {editable ? (
          <div id="task-form" className="border-2 border-gray-200 p-4">
            <h3 className="mb-3 text-xl font-bold">{editing ? t("tasks.saveFor", { title: editing.title }) : t("tasks.add")}</h3>
            <ProgrammeForm
              key={editing?.id ?? "new"}
              action={saveTaskAction}
              label={editing ? t("tasks.saveFor", { title: editing.title }) : t("tasks.add")}
              submit={editing ? t("tasks.save") : t("tasks.add")}
              done={t("tasks.saved")}
              hidden={{ programmeId: id, ...(editing ? { id: editing.id } : {}) }}
              fields={[
                { name: "title", label: t("tasks.name"), defaultValue: editing?.title, width: "max-w-2xl" },
                {
                  name: "areaSlug",
                  label: t("tasks.area"),
                  type: "select",
                  placeholder: "—",
                  options: areas,
                  defaultValue: editing?.areaSlug,
                },
                {
                  name: "planned",
                  label: t("tasks.planned"),
                  defaultValue: editing ? groszeToInput(editing.plannedGrosze) : "",
                  width: "max-w-xs",
                },
              ]}
            />
          </div>
        ) : (
          <p className="text-sm text-muted">{t("manage.notEditableNote")}</p>
        )}
      </section>
    </div>
  );
}
