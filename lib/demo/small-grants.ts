import { eq } from "drizzle-orm";
import { addDays } from "@/lib/dates/warsaw";
import { smallGrantPools } from "@/lib/db/schema";
import { createSmallGrant, submitSmallGrant } from "@/lib/small-grants/commands";
import { setPlannedPool } from "@/lib/small-grants/limit-settings";
import { acceptSmallGrant, answerSmallGrantComment, commentSmallGrant, publishSmallGrant } from "@/lib/small-grants/review";
import { runContract } from "./contract-story";
import { demoId } from "./ids";
import { OWOP_NAME, SOCLAB_NAME } from "./organizations-data";
import { must, type StoryContext } from "./run";

export interface SmallGrantPlan {
  organizationId: string;
  /** the demo account writing it (or, `asOwner`, any account by id) */
  representative: string;
  asOwner?: string;
  title: string;
  areaSlug: string;
  character: "local" | "regional";
  description: string;
  expectedResults: string;
  task: { start: string; end: string };
  /** [name, grant zł, own zł] */
  lines: [string, number, number][];
  submitAt: Date;
  publishAt?: Date;
  /** [author's e-mail, text, when, the city's answer and when] */
  comments?: [string, string, Date, [string, Date]?][];
  acceptAt?: Date;
}

/** A task of `days` days starting `startIn` days from today, within one calendar year (art. 19a offers do not cross years). */
export function shortTask(ctx: StoryContext, startIn: number, days: number) {
  let start = ctx.clock.day(startIn);
  if (addDays(start, days).slice(0, 4) !== start.slice(0, 4)) start = `${Number(start.slice(0, 4)) + 1}-01-12`;
  return { start, end: addDays(start, days) };
}

/** The planned grant pool of the years the demo's small grants fall in, where the city has not set one (art. 19a's share). */
export async function ensurePools(ctx: StoryContext, years: number[]) {
  const admin = await ctx.as("admin@demo.test");
  for (const year of years) {
    const [pool] = await ctx.db.select().from(smallGrantPools).where(eq(smallGrantPools.year, year));
    if (pool) continue;
    must(
      `the grant pool of ${year}`,
      await setPlannedPool(
        ctx.db,
        admin,
        {
          year: String(year),
          plannedPool: "32 000 000",
          source: `Program współpracy Miasta Białystok z organizacjami pozarządowymi na rok ${year} (kwota planowana)`,
        },
        ctx.clock.now,
      ),
    );
  }
}

/**
 * A small grant through the module's commands: written and submitted by the organization, published
 * by the city, commented on in its window, answered, and accepted into a contract draft.
 */
export async function runSmallGrant(ctx: StoryContext, plan: SmallGrantPlan) {
  const rep = plan.asOwner ? await ctx.asUser(plan.asOwner) : await ctx.as(plan.representative);
  const { id } = must(`small grant ${plan.title}`, await createSmallGrant(ctx.db, rep, { organizationId: plan.organizationId }));
  const form: Record<string, string> = {
    smallGrantId: id,
    title: plan.title,
    areaSlug: plan.areaSlug,
    character: plan.character,
    description: plan.description,
    expectedResults: plan.expectedResults,
    startDate: plan.task.start,
    endDate: plan.task.end,
  };
  plan.lines.forEach(([name, grant, own], i) => {
    form[`lines.${i}.name`] = name;
    form[`lines.${i}.grant`] = String(grant);
    form[`lines.${i}.own`] = String(own);
  });
  must(`submitting ${plan.title}`, await submitSmallGrant(ctx.db, rep, form, plan.submitAt));
  if (!plan.publishAt) return { id, contractId: null };
  const admin = await ctx.as("admin@demo.test");
  must(`publishing ${plan.title}`, await publishSmallGrant(ctx.db, admin, { smallGrantId: id }, plan.publishAt));
  for (const [email, body, at, answer] of plan.comments ?? []) {
    const comment = must("a comment", await commentSmallGrant(ctx.db, await ctx.as(email), { smallGrantId: id, body }, at));
    if (answer) must("an answer", await answerSmallGrantComment(ctx.db, admin, { commentId: comment.id, answer: answer[0] }, answer[1]));
  }
  if (!plan.acceptAt) return { id, contractId: null };
  const accepted = must(`accepting ${plan.title}`, await acceptSmallGrant(ctx.db, admin, { smallGrantId: id }, plan.acceptAt));
  return { id, contractId: accepted.contractId };
}

/**
 * The demo's small grants (art. 19a), dated back from today: one in its 7-day comment window, with
 * comments; one the city has not published within 7 working days; one accepted, its contract signed.
 */
export async function seedSmallGrants(ctx: StoryContext) {
  const { clock } = ctx;
  await ensurePools(ctx, [clock.year - 1, clock.year, clock.year + 1]);
  const inWindow = await runSmallGrant(ctx, {
    organizationId: demoId("organization", OWOP_NAME),
    representative: "ngo2@demo.test",
    title: "Sąsiedzkie warsztaty ceramiczne na Antoniuku",
    areaSlug: "local-community",
    character: "local",
    description:
      "Sześć otwartych warsztatów ceramicznych dla mieszkańców osiedla Antoniuk w świetlicy przy ul. Antoniukowskiej. Zajęcia prowadzi ceramiczka; prace zostaną wypalone i pokazane na wystawie.",
    expectedResults: "60 uczestników (lista obecności), wystawa 80 prac w osiedlowym domu kultury.",
    task: shortTask(ctx, 14, 16),
    lines: [
      ["Prowadzenie warsztatów (6 × 3 godz.)", 5_400, 0],
      ["Glina, szkliwa i wypał", 3_100, 400],
      ["Wystawa i promocja", 1_000, 200],
    ],
    submitAt: clock.at(-5, "09:15"),
    publishAt: clock.at(-2, "10:00"),
    comments: [
      [
        "mieszkaniec@demo.test",
        "Świetny pomysł! Czy zajęcia będą też w sobotę, żeby mogły przyjść osoby pracujące?",
        clock.at(-2, "16:20"),
      ],
      ["ngo@demo.test", "Proponujemy dodać jedne zajęcia dla seniorów z pobliskiego klubu.", clock.at(-1, "11:05")],
    ],
  });
  const overdue = await runSmallGrant(ctx, {
    organizationId: demoId("organization", "Fundacja „Wspólny Dom” na rzecz Integracji Cudzoziemców"),
    representative: "olena.kowalenko@demo.test",
    title: "Spacery historyczne śladami wielokulturowego Białegostoku",
    areaSlug: "foreigners-integration",
    character: "regional",
    description:
      "Cztery spacery dla nowych mieszkańców miasta, w tym cudzoziemców, z przewodnikiem po miejscach pamięci społeczności żydowskiej, prawosławnej i tatarskiej.",
    expectedResults: "4 spacery, 120 uczestników, mapa trasy do pobrania.",
    task: shortTask(ctx, 20, 7),
    lines: [["Przewodnicy i mapa", 4_500, 300]],
    submitAt: clock.at(-16, "13:40"),
  });
  const cinema = await runSmallGrant(ctx, {
    organizationId: demoId("organization", SOCLAB_NAME),
    representative: "ngo@demo.test",
    title: "Kino w świetlicy na Bojarach",
    areaSlug: "culture",
    character: "local",
    description: "Osiem wieczornych pokazów filmów w świetlicy osiedlowej na Bojarach z krótkimi rozmowami o filmie.",
    expectedResults: "8 pokazów, 400 widzów łącznie (liczenie przy wejściu).",
    task: shortTask(ctx, 20, 20),
    lines: [
      ["Licencje na pokazy", 3_200, 0],
      ["Ekran, projektor, nagłośnienie", 4_200, 500],
      ["Promocja", 600, 0],
    ],
    submitAt: clock.at(-40, "09:15"),
    publishAt: clock.at(-36, "10:00"),
    comments: [
      [
        "mieszkaniec@demo.test",
        "Prosimy o filmy z napisami dla osób niesłyszących.",
        clock.at(-34, "18:10"),
        ["Dziękujemy — dwa pokazy będą z napisami dla niesłyszących; wpisaliśmy to do umowy.", clock.at(-30, "10:00")],
      ],
    ],
    acceptAt: clock.at(-27, "11:00"),
  });
  const signedOn = clock.day(-20);
  const contract = await runContract(ctx, {
    from: { draftId: cinema.contractId! },
    createdOn: clock.day(-27),
    signedOn,
    signatory: { email: "ngo@demo.test", name: "Katarzyna Sobolewska" },
    // the schedule is set once the task draws near
    tranches: () => [],
  });
  return { inWindow: inWindow.id, overdue: overdue.id, signed: cinema.id, contract };
}
