import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError } from "@/lib/auth/permissions";
import { warsawToInstant } from "@/lib/dates/warsaw";
import { smallGrants } from "@/lib/db/schema";
import { createTestDatabase, type TestDatabase } from "@/tests/db";
import { auditOf, createUser, mailsTo } from "@/tests/factories";
import { createSmallGrant, submitSmallGrant } from "./commands";
import { getPublicSmallGrant, getSmallGrant, listPublicSmallGrants, publicSmallGrantStamps } from "./queries";
import { publishSmallGrant, refuseSmallGrant, rejectNotPurposeful } from "./review";
import { ensureArea, offerForm, principalOf, representative } from "./testing";

let t: TestDatabase;
let admin: ReturnType<typeof principalOf>;
const at = (date: string, time = "12:00") => warsawToInstant(date, time);
const reason = "Zadanie nie odpowiada priorytetom programu współpracy na 2026 r.";

beforeAll(async () => {
  t = await createTestDatabase();
  await ensureArea(t.db);
  admin = principalOf(await createUser(t.db, { isAdmin: true }), [], true);
});
afterAll(() => t?.close());

async function submittedOffer(name: string) {
  const rep = await representative(t.db, name);
  const created = await createSmallGrant(t.db, rep.principal, { organizationId: rep.organizationId });
  if (!created.ok) throw new Error(JSON.stringify(created));
  const submitted = await submitSmallGrant(t.db, rep.principal, { smallGrantId: created.value.id, ...offerForm() }, at("2026-11-20"));
  if (!submitted.ok) throw new Error(JSON.stringify(submitted));
  return { rep, id: created.value.id };
}

const rowOf = async (id: string) => (await t.db.select().from(smallGrants).where(eq(smallGrants.id, id)))[0];

describe("art. 19a ust. 1 and 3 uodpp: only an offer found purposeful is published", () => {
  it("art. 19a ust. 3 uodpp: a submitted offer found not purposeful is closed with a reason, the organization is told and sees it", async () => {
    const { rep, id } = await submittedOffer("Stowarzyszenie Niecelowe");
    expect(await rejectNotPurposeful(t.db, admin, { smallGrantId: id, reason: "  " }, at("2026-11-23"))).toEqual({
      ok: false,
      fieldErrors: { reason: ["required"] },
    });
    expect(await rejectNotPurposeful(t.db, admin, { smallGrantId: id, reason }, at("2026-11-23"))).toEqual({ ok: true, value: { id } });
    expect(await rowOf(id)).toMatchObject({ status: "not_purposeful", refusalReason: reason, publishedAt: null, commentsCloseAt: null });
    const [mail] = await mailsTo(t.db, rep.user.email);
    expect(mail.kind).toBe("small_grant_not_purposeful");
    expect(mail.text).toContain(reason);
    const audit = await auditOf(t.db, id);
    expect(audit.find((a) => a.action === "smallGrant.notPurposeful")).toMatchObject({ after: { status: "not_purposeful", reason } });
    const own = await getSmallGrant(t.db, rep.principal, id);
    expect(own?.grant).toMatchObject({ status: "not_purposeful", refusalReason: reason });
  });

  it("art. 19a ust. 3 uodpp: an offer found not purposeful never appears in the public list, page or sitemap and cannot be published", async () => {
    const { id } = await submittedOffer("Fundacja Nigdy Publiczna");
    await rejectNotPurposeful(t.db, admin, { smallGrantId: id, reason }, at("2026-11-23"));
    expect(await publishSmallGrant(t.db, admin, { smallGrantId: id }, at("2026-11-24"))).toEqual({ ok: false, formError: "notSubmitted" });
    expect(await getPublicSmallGrant(t.db, id)).toBeNull();
    expect((await listPublicSmallGrants(t.db, at("2026-11-25"))).map((g) => g.id)).not.toContain(id);
    expect((await publicSmallGrantStamps(t.db)).map((g) => g.id)).not.toContain(id);
  });

  it("art. 19a ust. 1 uodpp: only a submitted offer can be found not purposeful; a published one is decided by acceptance or refusal", async () => {
    const { id } = await submittedOffer("Fundacja Już Publiczna");
    await publishSmallGrant(t.db, admin, { smallGrantId: id }, at("2026-11-23"));
    expect(await rejectNotPurposeful(t.db, admin, { smallGrantId: id, reason }, at("2026-11-24"))).toEqual({
      ok: false,
      formError: "notSubmitted",
    });
    expect((await rowOf(id)).status).toBe("published");
    expect((await refuseSmallGrant(t.db, admin, { smallGrantId: id, reason }, at("2026-12-02"))).ok).toBe(true);
  });

  it("art. 19a uodpp: neither the organization nor a resident may find its offer not purposeful; nothing changes", async () => {
    const { rep, id } = await submittedOffer("Stowarzyszenie Samo Sobie");
    const resident = principalOf(await createUser(t.db));
    await expect(rejectNotPurposeful(t.db, rep.principal, { smallGrantId: id, reason })).rejects.toThrow(ForbiddenError);
    await expect(rejectNotPurposeful(t.db, resident, { smallGrantId: id, reason })).rejects.toThrow(ForbiddenError);
    await expect(rejectNotPurposeful(t.db, null, { smallGrantId: id, reason })).rejects.toThrow(ForbiddenError);
    expect(await rowOf(id)).toMatchObject({ status: "submitted", refusalReason: null });
    expect((await auditOf(t.db, id)).map((a) => a.action)).not.toContain("smallGrant.notPurposeful");
  });
});
