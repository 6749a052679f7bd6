import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadPrincipal } from "@/lib/accounts/principal";
import type { Principal } from "@/lib/auth/permissions";
import { addQuestion, answerSurvey, saveSurvey } from "@/lib/surveys/commands";
import { surveyOf } from "@/lib/surveys/queries";
import { createTestDatabase, type TestDatabase } from "@/tests/db";
import { createUser } from "@/tests/factories";
import { follow } from "./follows";
import { consultationPersonalState } from "./personal";
import { insertConsultation } from "@/lib/consultations/testing";

let t: TestDatabase;
let admin: Principal;
const person = async () => (await loadPrincipal(t.db, (await createUser(t.db)).id))!;

beforeAll(async () => {
  t = await createTestDatabase();
  admin = (await loadPrincipal(t.db, (await createUser(t.db, { isAdmin: true })).id))!;
}, 60_000);
afterAll(() => t?.close());

describe("the personal state of a cached consultation page", () => {
  it("tells a person whether they follow it and answered its survey; nothing for visitors or others", async () => {
    const [consultationId, elsewhere] = [await insertConsultation(t.db), await insertConsultation(t.db)];
    const saved = await saveSurvey(t.db, admin, { consultationId, intro: "Ankieta" });
    if (!saved.ok) throw new Error(JSON.stringify(saved));
    await addQuestion(t.db, admin, { surveyId: saved.value.id, kind: "scale", prompt: "Ocena", scaleMax: "5", required: "on" });
    const question = `q-${(await surveyOf(t.db, consultationId))!.questions[0].id}`;
    const [me, other] = [await person(), await person()];

    expect(await consultationPersonalState(t.db, null, consultationId)).toEqual({
      loggedIn: false,
      following: false,
      surveyAnswered: false,
    });
    expect(await consultationPersonalState(t.db, me, consultationId)).toEqual({ loggedIn: true, following: false, surveyAnswered: false });

    await follow(t.db, me, { consultationId });
    expect(await answerSurvey(t.db, me, consultationId, { [question]: ["4"] })).toEqual({ ok: true, value: null });
    expect(await consultationPersonalState(t.db, me, consultationId)).toEqual({ loggedIn: true, following: true, surveyAnswered: true });
    expect(await consultationPersonalState(t.db, me, elsewhere)).toEqual({ loggedIn: true, following: false, surveyAnswered: false });
    expect(await consultationPersonalState(t.db, other, consultationId)).toEqual({
      loggedIn: true,
      following: false,
      surveyAnswered: false,
    });
  });
});
