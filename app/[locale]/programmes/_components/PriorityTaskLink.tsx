import { getTranslations } from "next-intl/server";
import { linkCompetitionAction, linkPoolAction } from "../actions";
import { getDb } from "@/lib/db/client";
import { competitionTask, isCompetitionOutsideProgramme, poolTasks, priorityTaskChoices } from "@/lib/programmes/queries";
import { ProgrammeForm } from "@/components/programmes/Forms";

/**
 * The competition admin page's block (lib/programmes): the priority task of a cooperation programme
 * the competition carries out, chosen here, and the flag when its year has a programme in force
 * but the competition carries out none of its tasks.
 */
export async function CompetitionPriorityTask({ competitionId }: { competitionId: string }) {
  const db = await getDb();
  const [choices, current, outside] = await Promise.all([
    priorityTaskChoices(db),
    competitionTask(db, competitionId),
    isCompetitionOutsideProgramme(db, competitionId),
  ]);
  const t = await getTranslations("programmes.link");
  return (
    <section aria-labelledby="priority-task" className="mb-8 max-w-3xl border-2 border-gray-200 p-4">
      <h2 id="priority-task" className="mb-2 text-xl font-bold">
        {t("title")}
      </h2>
      {outside && (
        <p className="mb-3 border-l-4 border-accent-600 pl-3 font-semibold" data-testid="outside-programme">
          {t("outside")}
        </p>
      )}
      <ProgrammeForm
        action={linkCompetitionAction}
        label={t("title")}
        submit={t("save")}
        done={t("saved")}
        hidden={{ competitionId }}
        stay
        fields={[
          {
            name: "priorityTaskId",
            label: t("task"),
            type: "select",
            placeholder: t("none"),
            options: choices,
            defaultValue: current ?? "",
          },
        ]}
      />
    </section>
  );
}

/** The small-grant settings page's block: the priority task each year's pool carries out (one form: the year, then the task). */
export async function PoolPriorityTasks() {
  const db = await getDb();
  const [choices, pools] = await Promise.all([priorityTaskChoices(db), poolTasks(db)]);
  if (pools.length === 0) return null;
  const t = await getTranslations("programmes.link");
  const names = new Map(choices.map((c) => [c.value, c.label]));
  return (
    <section aria-labelledby="pool-priority-task" className="mb-8 max-w-3xl border-2 border-gray-200 p-4">
      <h2 id="pool-priority-task" className="mb-2 text-2xl font-bold">
        {t("poolTitle")}
      </h2>
      <ul className="mb-4 list-disc pl-6">
        {pools.map((p) => (
          <li key={p.year} className="[overflow-wrap:anywhere]">
            {p.year}: {p.priorityTaskId ? (names.get(p.priorityTaskId) ?? "") : t("none")}
          </li>
        ))}
      </ul>
      <ProgrammeForm
        action={linkPoolAction}
        label={t("poolTitle")}
        submit={t("save")}
        done={t("saved")}
        stay
        fields={[
          {
            name: "year",
            label: t("year"),
            type: "select",
            options: pools.map((p) => ({ value: String(p.year), label: String(p.year) })),
            defaultValue: String(pools[0].year),
          },
          { name: "priorityTaskId", label: t("task"), type: "select", placeholder: t("none"), options: choices },
        ]}
      />
    </section>
  );
}
