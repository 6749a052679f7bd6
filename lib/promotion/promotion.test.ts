import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { eq } from "drizzle-orm";
import { loadPrincipal } from "@/lib/accounts/principal";
import { ForbiddenError, type Principal } from "@/lib/auth/permissions";
import { seedReferenceData } from "@/lib/db/reference";
import { promotionApplications, promotionSlots } from "@/lib/db/schema/patronages";
import { createTestDatabase, type TestDatabase } from "@/tests/db";
import { addOrganizationMember, auditOf, createOrganization, createUser, mailsTo } from "@/tests/factories";
import { allocatePromotionSlot, applyForPromotion, createPromotionSlot } from "./commands";
import { myPromotionApplications, openPromotionSlots, promotionSlotWithApplications } from "./queries";

let t: TestDatabase;
let staff: Principal;
let repA: Principal;
let repB: Principal;
let orgA: string;
let orgB: string;
const now = new Date("2027-01-04T09:00:00Z");
const pitch = "Nasz festyn sąsiedzki z warsztatami dla dzieci i seniorów";

beforeAll(async () => {
  vi.stubEnv("APP_URL", "https://wspolnie.test");
  t = await createTestDatabase();
  await seedReferenceData(t.db);
  staff = (await loadPrincipal(t.db, (await createUser(t.db, { isCentreStaff: true })).id))!;
  orgA = await createOrganization(t.db, "Stowarzyszenie Promocyjne A");
  orgB = await createOrganization(t.db, "Fundacja Promocyjna B");
  const a = await createUser(t.db);
  const b = await createUser(t.db);
  await addOrganizationMember(t.db, orgA, a.id, "owner");
  await addOrganizationMember(t.db, orgB, b.id, "editor");
  repA = (await loadPrincipal(t.db, a.id))!;
  repB = (await loadPrincipal(t.db, b.id))!;
});

afterAll(async () => {
  vi.unstubAllEnvs();
  await t?.close();
});

describe("promotion slots", () => {
  it("staff publish, organizations apply once, staff allocate to one and the others are told", async () => {
    const slotInput = { channel: "tv", title: "Jasna Strona Miasta — odcinek lutowy", startsOn: "2027-02-10", endsOn: "2027-02-10" };
    await expect(createPromotionSlot(t.db, repA, slotInput)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await createPromotionSlot(t.db, staff, { ...slotInput, endsOn: "2027-02-01" })).toEqual({
      ok: false,
      fieldErrors: { endsOn: ["slotEndBeforeStart"] },
    });
    const created = await createPromotionSlot(t.db, staff, slotInput);
    if (!created.ok) throw new Error("not created");
    const slotId = created.value.id;
    expect((await openPromotionSlots(t.db, now)).map((s) => s.id)).toContain(slotId);

    // a representative of another organization cannot apply on A's behalf
    await expect(applyForPromotion(t.db, repB, { slotId, organizationId: orgA, description: pitch })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    const a = await applyForPromotion(t.db, repA, { slotId, organizationId: orgA, description: pitch });
    const b = await applyForPromotion(t.db, repB, { slotId, organizationId: orgB, description: pitch });
    if (!a.ok || !b.ok) throw new Error("not applied");
    expect(await applyForPromotion(t.db, repA, { slotId, organizationId: orgA, description: pitch })).toEqual({
      ok: false,
      formError: "alreadyAppliedSlot",
    });

    // a representative cannot allocate; nothing changes
    await expect(allocatePromotionSlot(t.db, repA, { slotId, applicationId: a.value.id }, now)).rejects.toBeInstanceOf(ForbiddenError);
    const [still] = await t.db.select().from(promotionSlots).where(eq(promotionSlots.id, slotId));
    expect(still.status).toBe("open");

    expect(await allocatePromotionSlot(t.db, staff, { slotId, applicationId: a.value.id }, now)).toEqual({
      ok: true,
      value: { id: slotId },
    });
    const rows = await t.db.select().from(promotionApplications).where(eq(promotionApplications.slotId, slotId));
    expect(Object.fromEntries(rows.map((r) => [r.organizationId, r.status]))).toEqual({ [orgA]: "allocated", [orgB]: "not_allocated" });
    expect(await allocatePromotionSlot(t.db, staff, { slotId, applicationId: b.value.id }, now)).toEqual({
      ok: false,
      formError: "slotNotOpen",
    });
    expect((await mailsTo(t.db, repA.email)).at(-1)?.kind).toBe("promotion_allocated");
    expect((await mailsTo(t.db, repB.email)).at(-1)?.kind).toBe("promotion_not_allocated");
    expect((await myPromotionApplications(t.db, repA)).map((x) => x.status)).toEqual(["allocated"]);
    expect((await myPromotionApplications(t.db, repB)).map((x) => x.status)).toEqual(["not_allocated"]);
    expect((await promotionSlotWithApplications(t.db, staff, slotId))?.applications).toHaveLength(2);
    await expect(promotionSlotWithApplications(t.db, repA, slotId)).rejects.toBeInstanceOf(ForbiddenError);
    expect((await openPromotionSlots(t.db, now)).map((s) => s.id)).not.toContain(slotId);
    expect(await applyForPromotion(t.db, repB, { slotId, organizationId: orgB, description: pitch + "!" })).toEqual({
      ok: false,
      formError: "slotNotOpen",
    });
    expect((await auditOf(t.db, slotId)).map((x) => x.action)).toEqual(["promotion.allocate", "promotion.createSlot"]);
  });
});
