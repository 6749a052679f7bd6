/**
 * The demo's cooperation programmes (issue 20, part 1): this year's annual programme in force —
 * consulted last autumn, adopted by the City Council in November, with priority tasks the year's
 * competitions and small-grant pool carry out — and next year's programme in consultation, linked
 * to the demo's open consultation of its draft. Told through lib/programmes' commands on the
 * demo's clock (the consultation of last autumn is a plain closed row: the consultations module's
 * commands announce only from today on).
 */
import { and, eq } from "drizzle-orm";
import { warsawToInstant } from "@/lib/dates/warsaw";
import { competitions, consultations, smallGrantPools } from "@/lib/db/schema";
import {
  adoptProgramme,
  bringIntoForce,
  linkCompetition,
  linkPool,
  saveProgramme,
  saveTask,
  startConsultation,
} from "@/lib/programmes/commands";
import { competitionYear } from "@/lib/programmes/rules";
import { must, type StoryContext } from "./run";

const ADMIN = "admin@demo.test";

/** Priority tasks by task area: title and planned money in złoty. */
const taskPlans: Record<string, [title: string, plannedZl: number]> = {
  seniors: ["Przeciwdziałanie wykluczeniu społecznemu i aktywizacja osób starszych", 1_200_000],
  "local-community": ["Rozwój społeczności lokalnych i inicjatyw osiedlowych, w tym małe granty", 900_000],
  health: ["Profilaktyka i ochrona zdrowia psychicznego dzieci i młodzieży", 1_500_000],
  "children-youth": ["Wypoczynek i aktywne spędzanie czasu wolnego dzieci i młodzieży", 800_000],
  culture: ["Wspieranie kultury, sztuki i ochrony dziedzictwa kulturowego", 1_100_000],
  sport: ["Upowszechnianie kultury fizycznej i sportu", 2_000_000],
};

function sections(year: number) {
  return {
    goals: `Celem głównym programu jest budowanie partnerstwa Miasta Białystok i organizacji pozarządowych w zaspokajaniu potrzeb mieszkańców w ${year} roku.\n\nCele szczegółowe:\n\n- wzmocnienie potencjału organizacji,\n- zwiększenie udziału mieszkańców w życiu publicznym,\n- poprawa jakości usług publicznych realizowanych przez organizacje.`,
    principles:
      "Współpraca opiera się na zasadach pomocniczości, suwerenności stron, partnerstwa, efektywności, uczciwej konkurencji i jawności.",
    scope:
      "Przedmiotem współpracy jest realizacja zadań publicznych, o których mowa w art. 4 ust. 1 ustawy, należących do zadań własnych Miasta.",
    forms:
      "- zlecanie zadań publicznych w trybie otwartych konkursów ofert i w trybie art. 19a,\n- wzajemne informowanie się o planowanych kierunkach działalności,\n- konsultowanie projektów aktów prawa miejscowego,\n- wsparcie pozafinansowe w Centrum Współpracy Organizacji Pozarządowych.",
    priorities: "Zadania priorytetowe wraz z planowanymi kwotami przedstawia tabela na tej stronie.",
    period: `Program obowiązuje od 1 stycznia do 31 grudnia ${year} r.`,
    implementation:
      "Program realizuje Prezydent Miasta przez departamenty i jednostki organizacyjne Urzędu Miejskiego we współpracy z organizacjami.",
    funding: "Wysokość środków określa uchwała budżetowa Miasta Białystok; kwoty przy zadaniach są planowane.",
    evaluation:
      "Realizację programu ocenia się na podstawie wskaźników; sprawozdanie Prezydent przedstawia Radzie Miasta do 31 maja następnego roku.",
    preparation: `Projekt programu konsultowano z organizacjami w październiku ${year - 1} r.; uwagi można było zgłaszać przez platformę i na spotkaniu otwartym.`,
    commissions:
      "Komisje konkursowe powołuje Prezydent Miasta; w ich skład wchodzą przedstawiciele Urzędu i organizacji pozarządowych niebiorących udziału w konkursie.",
  };
}

const indicators =
  "liczba ogłoszonych otwartych konkursów ofert | co najmniej 20\nliczba zawartych umów | co najmniej 300\nwysokość środków przekazanych organizacjom | zgodnie z planem\nliczba konsultowanych projektów aktów prawnych";

const at = (date: string, time = "10:00") => warsawToInstant(date, time);

async function programmeWithTasks(ctx: StoryContext, year: number, areas: string[], createdOn: string) {
  const admin = await ctx.as(ADMIN);
  const { id } = must(
    `the cooperation programme of ${year}`,
    await saveProgramme(
      ctx.db,
      admin,
      {
        title: `Program współpracy Miasta Białystok z organizacjami pozarządowymi na rok ${year}`,
        kind: "annual",
        yearFrom: String(year),
        planned: "14 500 000",
        indicators,
        ...sections(year),
      },
      at(createdOn),
    ),
  );
  const tasks = new Map<string, string>();
  for (const area of areas) {
    const [title, planned] = taskPlans[area];
    const task = must(
      `a priority task of ${year}`,
      await saveTask(ctx.db, admin, { programmeId: id, title, areaSlug: area, planned: String(planned) }, at(createdOn, "11:00")),
    );
    tasks.set(area, task.id);
  }
  return { id, tasks };
}

export async function seedProgrammes(ctx: StoryContext) {
  const { clock } = ctx;
  const year = clock.year;
  const admin = await ctx.as(ADMIN);

  // this year's programme: consulted last October, adopted on 26 November, in force since 2 January
  const current = await programmeWithTasks(ctx, year, Object.keys(taskPlans), `${year - 1}-09-15`);
  const [consulted] = await ctx.db
    .insert(consultations)
    .values({
      title: `Program współpracy Miasta Białystok z organizacjami pozarządowymi na rok ${year}`,
      subject: `Projekt uchwały Rady Miasta w sprawie rocznego programu współpracy na ${year} rok (art. 5a ustawy).`,
      purpose: "Zebranie opinii organizacji o projekcie programu przed jego uchwaleniem.",
      status: "closed",
      startsAt: at(`${year - 1}-10-01`, "00:00"),
      endsAt: at(`${year - 1}-10-22`, "00:00"),
      closedAt: at(`${year - 1}-10-22`, "00:00"),
      createdAt: at(`${year - 1}-09-25`),
      updatedAt: at(`${year - 1}-10-22`),
    })
    .returning({ id: consultations.id });
  must(
    "the consultation",
    await startConsultation(ctx.db, admin, { id: current.id, consultationId: consulted.id }, at(`${year - 1}-10-01`)),
  );
  must(
    "the adoption",
    await adoptProgramme(
      ctx.db,
      admin,
      { id: current.id, resolutionNumber: `XXI/318/${String(year - 1).slice(2)}`, resolutionDate: `${year - 1}-11-26` },
      at(`${year - 1}-11-27`),
    ),
  );
  must(
    "in force",
    await bringIntoForce(ctx.db, admin, { id: current.id }, new Date(Math.min(at(`${year}-01-02`).getTime(), clock.now.getTime()))),
  );

  // the year's competitions carry out the task of their area; the year's small grants the local one
  const rows = await ctx.db
    .select({
      id: competitions.id,
      areaSlug: competitions.areaSlug,
      taskStartDate: competitions.taskStartDate,
      publishedAt: competitions.publishedAt,
      createdAt: competitions.createdAt,
    })
    .from(competitions);
  for (const c of rows) {
    const taskId = c.areaSlug ? current.tasks.get(c.areaSlug) : undefined;
    if (competitionYear(c) !== year || !taskId) continue;
    must("a competition's priority task", await linkCompetition(ctx.db, admin, { competitionId: c.id, priorityTaskId: taskId }));
  }
  const [pool] = await ctx.db
    .select({ year: smallGrantPools.year })
    .from(smallGrantPools)
    .where(and(eq(smallGrantPools.year, year)));
  if (pool)
    must(
      "the pool's priority task",
      await linkPool(ctx.db, admin, { year: String(year), priorityTaskId: current.tasks.get("local-community")! }),
    );

  // next year's programme: its draft in the demo's open consultation
  const next = await programmeWithTasks(
    ctx,
    year + 1,
    ["seniors", "local-community", "health", "children-youth", "culture"],
    clock.day(-12),
  );
  const [open] = await ctx.db
    .select({ id: consultations.id })
    .from(consultations)
    .where(eq(consultations.title, `Program współpracy Miasta Białystok z organizacjami pozarządowymi na rok ${year + 1}`));
  if (open)
    must("the next consultation", await startConsultation(ctx.db, admin, { id: next.id, consultationId: open.id }, clock.at(-10, "09:00")));
  return { current: current.id, next: next.id };
}
