import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { count, eq } from "drizzle-orm";
import { loadPrincipal } from "@/lib/accounts/principal";
import type { Principal } from "@/lib/auth/permissions";
import { consultationComments } from "@/lib/db/schema";
import { createTestDatabase, type TestDatabase } from "@/tests/db";
import { createUser } from "@/tests/factories";
import { replyFor } from "@/lib/http/reply";
import { postCommentFromApi } from "./comment-api";
import { closeConsultation, createConsultation } from "./commands";

let t: TestDatabase;
/** What the route answers: the command's outcome through the route helper (201 for a new comment). */
const post = (principal: Principal | null, consultationId: string, json: unknown) =>
  replyFor(() => postCommentFromApi(t.db, principal, consultationId, json, now), true);
let admin: Principal;
const now = new Date("2026-11-27T12:00:00+01:00");
const person = async () => (await loadPrincipal(t.db, (await createUser(t.db)).id))!;
const commentsOf = async (id: string) =>
  Number((await t.db.select({ n: count() }).from(consultationComments).where(eq(consultationComments.consultationId, id)))[0].n);

async function newConsultation() {
  const r = await createConsultation(
    t.db,
    admin,
    {
      title: "API",
      subject: "s",
      purpose: "p",
      department: "d",
      territorialScope: "Białystok",
      audience: "both",
      forms: ["online_comments"],
      startDate: "2026-11-20",
      endDate: "2026-12-20",
      resultsPublication: "BIP",
      draftMarkdown: "§ 1.\n\n§ 2.",
    },
    now,
  );
  if (!r.ok) throw new Error(JSON.stringify(r));
  return r.value.id;
}

beforeAll(async () => {
  t = await createTestDatabase();
  admin = (await loadPrincipal(t.db, (await createUser(t.db, { isAdmin: true })).id))!;
}, 60_000);
afterAll(() => t?.close());

describe("POST /api/v1/consultations/{id}/comments", () => {
  it("posts a resident's comment through the same command as the form", async () => {
    const id = await newConsultation();
    const answer = await post(await person(), id, { body: "Uwaga przez API", paragraphNumber: 2, stance: "for" });
    expect(answer.status).toBe(201);
    const [row] = await t.db
      .select()
      .from(consultationComments)
      .where(eq(consultationComments.id, String(answer.body.id)));
    expect(row).toMatchObject({ body: "Uwaga przez API", paragraphNumber: 2, stance: "for", consultationId: id });
  });

  it("refuses a visitor, a bad body, an unknown consultation and a closed one, writing nothing", async () => {
    const id = await newConsultation();
    const resident = await person();
    expect(await post(null, id, { body: "anonim" })).toEqual({ status: 401, body: { error: "unauthenticated" } });
    expect((await post(resident, id, ["nie obiekt"])).status).toBe(400);
    expect(await post(resident, id, { body: "" })).toMatchObject({
      status: 400,
      body: { fieldErrors: { body: ["required"] } },
    });
    expect((await post(resident, "00000000-0000-4000-8000-000000000000", { body: "x" })).status).toBe(404);
    await closeConsultation(t.db, admin, id, now);
    expect(await post(resident, id, { body: "po zamknięciu" })).toMatchObject({
      status: 409,
      body: { error: "consultationNotOpen" },
    });
    expect(await commentsOf(id)).toBe(0);
  });

  it("refuses commenting on behalf of an organization the person does not belong to", async () => {
    const id = await newConsultation();
    const answer = await post(await person(), id, { body: "w cudzym imieniu", organizationId: "00000000-0000-4000-8000-000000000001" });
    expect(answer).toEqual({ status: 403, body: { error: "forbidden" } });
    expect(await commentsOf(id)).toBe(0);
  });
});
