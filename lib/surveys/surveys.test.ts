import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { loadPrincipal } from "@/lib/accounts/principal";
import { ForbiddenError, type Principal } from "@/lib/auth/permissions";
import { surveyResponses } from "@/lib/db/schema/surveys";
import { insertConsultation, setConsultationStatus } from "@/lib/consultations/testing";
import { createTestDatabase, type TestDatabase } from "@/tests/db";
import { createUser } from "@/tests/factories";
import { addQuestion, answerSurvey, removeQuestion, saveSurvey } from "./commands";
import { surveyOf, surveyResults } from "./queries";

let t: TestDatabase;
let admin: Principal;

async function person(): Promise<Principal> {
  return (await loadPrincipal(t.db, (await createUser(t.db)).id))!;
}

beforeAll(async () => {
  t = await createTestDatabase();
  admin = (await loadPrincipal(t.db, (await createUser(t.db, { isAdmin: true })).id))!;
}, 60_000);
afterAll(() => t?.close());

async function buildSurvey(consultationId: string) {
  const saved = await saveSurvey(t.db, admin, { consultationId, intro: "Krótka ankieta" });
  if (!saved.ok) throw new Error(JSON.stringify(saved));
  const surveyId = saved.value.id;
  for (const q of [
    { kind: "single", prompt: "Skąd wiesz o konsultacjach?", options: "Strona\nZnajomi\nOrganizacja", required: "on" },
    { kind: "multiple", prompt: "Ważne obszary?", options: "Seniorzy\nEkologia\nSport", required: "on" },
    { kind: "scale", prompt: "Ocena projektu", scaleMax: "5", required: "on" },
    { kind: "text", prompt: "Uwagi dodatkowe" },
  ]) {
    const added = await addQuestion(t.db, admin, { surveyId, ...q });
    if (!added.ok) throw new Error(JSON.stringify(added));
  }
  return surveyId;
}

describe("surveys", () => {
  it("only administrators build surveys", async () => {
    const consultationId = await insertConsultation(t.db);
    const resident = await person();
    await expect(saveSurvey(t.db, resident, { consultationId })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await surveyOf(t.db, consultationId)).toBeNull();
  });

  it("is answered once per person while open, results only after closing, aggregated", async () => {
    const consultationId = await insertConsultation(t.db);
    const surveyId = await buildSurvey(consultationId);
    const survey = (await surveyOf(t.db, consultationId))!;
    const [q1, q2, q3, q4] = survey.questions.map((q) => `q-${q.id}`);
    const [a, b, c] = [await person(), await person(), await person()];

    expect(await answerSurvey(t.db, a, consultationId, { [q1]: ["0"], [q2]: ["0", "1"], [q3]: ["4"], [q4]: ["Więcej spotkań"] })).toEqual({
      ok: true,
      value: null,
    });
    expect(await answerSurvey(t.db, a, consultationId, { [q1]: ["1"], [q2]: ["2"], [q3]: ["1"] })).toEqual({
      ok: false,
      formError: "alreadyAnswered",
    });
    // Two answers of one person racing: the unique constraint keeps one.
    const raced = await Promise.all([0, 1].map(() => answerSurvey(t.db, b, consultationId, { [q1]: ["2"], [q2]: ["1"], [q3]: ["5"] })));
    expect(raced.filter((r) => r.ok)).toHaveLength(1);
    const refused = await answerSurvey(t.db, c, consultationId, { [q1]: ["9"], [q3]: ["7"] });
    expect(refused).toEqual({ ok: false, fieldErrors: { [q1]: ["invalid"], [q2]: ["required"], [q3]: ["invalid"] } });
    await expect(answerSurvey(t.db, null, consultationId, {})).rejects.toBeInstanceOf(ForbiddenError);
    expect(await t.db.select().from(surveyResponses).where(eq(surveyResponses.surveyId, surveyId))).toHaveLength(2);

    // Questions are frozen once answered.
    expect(await addQuestion(t.db, admin, { surveyId, kind: "text", prompt: "Nowe pytanie" })).toEqual({
      ok: false,
      formError: "surveyHasResponses",
    });
    expect(await removeQuestion(t.db, admin, { questionId: survey.questions[0].id })).toEqual({
      ok: false,
      formError: "surveyHasResponses",
    });

    expect((await surveyResults(t.db, consultationId))!.results).toBeNull();
    await setConsultationStatus(t.db, consultationId, "closed");
    expect(await answerSurvey(t.db, c, consultationId, { [q1]: ["0"], [q2]: ["0"], [q3]: ["3"] })).toEqual({
      ok: false,
      formError: "surveyClosed",
    });

    const { results, responses } = (await surveyResults(t.db, consultationId))!;
    expect(responses).toBe(2);
    expect(results![0].counts.map((x) => x.count)).toEqual([1, 0, 1]);
    expect(results![1].counts.map((x) => x.count)).toEqual([1, 2, 0]);
    expect(results![2].average).toBe(4.5);
    expect(results![3].texts).toEqual(["Więcej spotkań"]);
  });

  it("does not take answers before the consultation opens", async () => {
    const consultationId = await insertConsultation(t.db, { status: "planned" });
    await buildSurvey(consultationId);
    expect(await answerSurvey(t.db, await person(), consultationId, {})).toEqual({ ok: false, formError: "surveyClosed" });
  });
});
