import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Principal } from "@/lib/auth/permissions";
import { warsawToInstant } from "@/lib/dates/warsaw";
import { competitions, offers, organizations } from "@/lib/db/schema";
import { createTestDatabase, type TestDatabase } from "@/tests/db";
import { addOrganizationMember, auditOf, createCompetition, createOrganization, createUser } from "@/tests/factories";
import { createOffer, saveOfferDraft } from "./commands";
import { isJsonContentType, replyFor } from "@/lib/http/reply";
import { sameOriginWrite } from "@/lib/http/origin";
import { submitOfferForApi } from "./submit-http";
import { completeContent } from "./testing";

let t: TestDatabase;
/** What the route answers: the command's outcome through the route helper. */
const submitOfferHttp = (db: TestDatabase["db"], principal: Principal | null, offerId: string, now: Date) =>
  replyFor(() => submitOfferForApi(db, principal, offerId, now));
let owner: Principal;
let stranger: Principal;
let orgId: string;
let competitionId: string;
const deadline = warsawToInstant("2026-12-21", "15:00");
const before = new Date(deadline.getTime() - 1000);
const after = new Date(deadline.getTime() + 1000);

const principal = (user: { id: string; email: string }, orgs: [string, "owner"][]): Principal => ({
  userId: user.id,
  email: user.email,
  name: "Test",
  isAdmin: false,
  isCentreStaff: false,
  organizations: new Map(orgs),
  commissions: new Set(),
});

async function draft(content = completeContent()) {
  const created = await createOffer(t.db, owner, { organizationId: orgId, competitionId }, before);
  if (!created.ok) throw new Error(JSON.stringify(created));
  await saveOfferDraft(t.db, owner, { offerId: created.value.id, content }, before);
  return created.value.id;
}

const row = async (id: string) => (await t.db.select().from(offers).where(eq(offers.id, id)))[0];

beforeAll(async () => {
  t = await createTestDatabase();
  const [u1, u2] = [await createUser(t.db), await createUser(t.db)];
  orgId = await createOrganization(t.db, "Fundacja A");
  const otherOrg = await createOrganization(t.db, "Fundacja B");
  await t.db.update(organizations).set({ verificationStatus: "verified" });
  await addOrganizationMember(t.db, orgId, u1.id, "owner");
  await addOrganizationMember(t.db, otherOrg, u2.id, "owner");
  owner = principal(u1, [[orgId, "owner"]]);
  stranger = principal(u2, [[otherOrg, "owner"]]);
  competitionId = await createCompetition(t.db);
  await t.db
    .update(competitions)
    .set({
      status: "announced",
      offerDeadline: deadline,
      maxGrantGrosze: 6_000_000,
      minOwnFinancialBp: 500,
      taskStartDate: "2027-01-01",
      taskEndDate: "2027-12-31",
    })
    .where(eq(competitions.id, competitionId));
});
afterAll(() => t?.close());

describe("POST /api/offers/{id}/submit", () => {
  it("submits a complete draft once; a repeat answers 'already submitted' and changes nothing", async () => {
    const id = await draft();
    const first = await submitOfferHttp(t.db, owner, id, before);
    expect(first).toMatchObject({ status: 200, body: { status: "submitted", alreadySubmitted: false } });
    const again = await submitOfferHttp(t.db, owner, id, before);
    expect(again).toEqual({ status: 200, body: { status: "submitted", checksum: first.body.checksum, alreadySubmitted: true } });
    expect((await auditOf(t.db, id)).filter((a) => a.action === "offer.submit")).toHaveLength(1);
  });

  it("refuses a visitor (401) and another organization's representative (403); the draft stays a draft", async () => {
    const id = await draft();
    expect(await submitOfferHttp(t.db, null, id, before)).toEqual({ status: 401, body: { error: "unauthenticated" } });
    expect(await submitOfferHttp(t.db, stranger, id, before)).toEqual({ status: 403, body: { error: "forbidden" } });
    expect(await row(id)).toMatchObject({ status: "draft", checksum: null, submittedAt: null });
    expect((await auditOf(t.db, id)).filter((a) => a.action === "offer.submit")).toHaveLength(0);
  });

  it("refuses a late submission and an incomplete one (409, with the issues); nothing changes", async () => {
    const late = await draft();
    expect(await submitOfferHttp(t.db, owner, late, after)).toEqual({ status: 409, body: { error: "deadlinePassed" } });
    expect(await row(late)).toMatchObject({ status: "draft", submittedAt: null });

    const content = completeContent();
    content.sources.requestedGrant = "70000";
    const tooMuch = await draft(content);
    const refused = await submitOfferHttp(t.db, owner, tooMuch, before);
    expect(refused.status).toBe(409);
    expect(refused.body.error).toBe("offerIncomplete");
    expect(refused.body.issues).toContainEqual(expect.objectContaining({ field: "sources.requestedGrant", code: "grantAboveMax" }));
    expect(await row(tooMuch)).toMatchObject({ status: "draft", submittedAt: null });
  });

  it("answers 404 for unknown and malformed ids", async () => {
    expect((await submitOfferHttp(t.db, owner, "00000000-0000-4000-8000-000000000000", before)).status).toBe(404);
    expect((await submitOfferHttp(t.db, owner, "../admin", before)).status).toBe(404);
  });
});

describe("same-site JSON only", () => {
  const request = (headers: Record<string, string>) =>
    new Request("http://city.example/api/offers/x/submit", { method: "POST", headers: { host: "city.example", ...headers } });
  it("accepts our own origin and scripts without one; refuses other origins", () => {
    expect(sameOriginWrite(request({}))).toBe(true);
    expect(sameOriginWrite(request({ origin: "http://city.example" }))).toBe(true);
    expect(sameOriginWrite(request({ origin: "https://evil.example" }))).toBe(false);
    expect(sameOriginWrite(request({ origin: "null" }))).toBe(false);
    expect(sameOriginWrite(request({ "sec-fetch-site": "cross-site" }))).toBe(false);
  });
  it("takes exactly application/json (with a charset at most) as a JSON body", () => {
    expect(isJsonContentType("application/json")).toBe(true);
    expect(isJsonContentType("application/json; charset=utf-8")).toBe(true);
    expect(isJsonContentType("application/x-www-form-urlencoded")).toBe(false);
    expect(isJsonContentType("text/plain")).toBe(false);
    expect(isJsonContentType("application/jsonp")).toBe(false);
    expect(isJsonContentType("application/json-patch+json")).toBe(false);
    expect(isJsonContentType("text/plain; application/json")).toBe(false);
    expect(isJsonContentType(null)).toBe(false);
  });
});
