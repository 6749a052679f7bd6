import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { eq } from "drizzle-orm";
import { loadPrincipal } from "@/lib/accounts/principal";
import type { Principal } from "@/lib/auth/permissions";
import { consultations } from "@/lib/db/schema";
import { seedReferenceData } from "@/lib/db/reference";
import { follow } from "@/lib/notifications/follows";
import { createTestDatabase, type TestDatabase } from "@/tests/db";
import { createUser, mailsTo } from "@/tests/factories";
import {
  postComment,
  closeConsultation,
  createConsultation,
  publishReport,
  refreshStatuses,
  updateConsultation,
  answerComment,
} from "./commands";

/*
 * The consultation commands tell the followers (lib/notifications) in the same transaction as the
 * change: one mail when a consultation opens (announced open, edited open, or opened by its date)
 * and one when its report is published.
 */
process.env.AUTH_SECRET = "vitest-secret-for-unsubscribe-links";
let t: TestDatabase;
let admin: Principal;
const now = new Date("2026-11-27T12:00:00+01:00");
const origin = "https://wspolnie.test";

async function person(): Promise<Principal> {
  const user = await createUser(t.db);
  return (await loadPrincipal(t.db, user.id))!;
}

const input = (startDate: string, endDate: string, areas: string[] = ["ecology"]) => ({
  title: `Konsultacje ${Math.random().toString(36).slice(2, 8)}`,
  subject: "Projekt uchwały",
  purpose: "Zebranie opinii",
  department: "Biuro Pełnomocnika",
  territorialScope: "Miasto Białystok",
  audience: "both",
  forms: ["online_comments"],
  startDate,
  endDate,
  resultsPublication: "Raport w BIP",
  draftMarkdown: "§ 1. Cele.\n\n§ 2. Zasady.",
  areas,
});

async function create(startDate: string, endDate: string, areas?: string[]) {
  const data = input(startDate, endDate, areas);
  const r = await createConsultation(t.db, admin, data, now);
  if (!r.ok) throw new Error(JSON.stringify(r));
  return { id: r.value.id, data };
}

const kinds = async (p: Principal, kind: string) => (await mailsTo(t.db, p.email)).filter((m) => m.kind === kind);

beforeAll(async () => {
  vi.stubEnv("APP_URL", origin);
  t = await createTestDatabase();
  await seedReferenceData(t.db);
  admin = (await loadPrincipal(t.db, (await createUser(t.db, { isAdmin: true })).id))!;
}, 60_000);
afterAll(async () => {
  vi.unstubAllEnvs();
  await t?.close();
});

describe("followers are told", () => {
  it("when a consultation is announced already open: followers of its area, once, with a link to it", async () => {
    const [byArea, other] = [await person(), await person()];
    await follow(t.db, byArea, { areaSlug: "ecology" });
    await follow(t.db, other, { areaSlug: "tourism" });
    const { id } = await create("2026-11-20", "2026-12-20");
    const mails = await kinds(byArea, "notification_consultation_opened");
    expect(mails).toHaveLength(1);
    expect(mails[0].text).toContain(`${origin}/consultations/${id}`);
    expect(mails[0].text).toContain(`${origin}/unsubscribe/`);
    expect(await kinds(other, "notification_consultation_opened")).toHaveLength(0);
  });

  it("when a planned consultation opens by its date (the daily job) or by new dates, never twice", async () => {
    const follower = await person();
    const planned = await create("2026-12-01", "2026-12-20", []);
    await follow(t.db, follower, { consultationId: planned.id });
    expect(await kinds(follower, "notification_consultation_opened")).toHaveLength(0);

    // The start date passes: the job stores "open" and mails the follower once.
    expect(await refreshStatuses(t.db, new Date("2026-12-01T08:00:00+01:00"))).toContainEqual({ id: planned.id, status: "open" });
    const [row] = await t.db.select({ status: consultations.status }).from(consultations).where(eq(consultations.id, planned.id));
    expect(row.status).toBe("open");
    expect(await kinds(follower, "notification_consultation_opened")).toHaveLength(1);
    await refreshStatuses(t.db, new Date("2026-12-02T08:00:00+01:00"));
    expect(await kinds(follower, "notification_consultation_opened")).toHaveLength(1);

    // Another planned one opened by the administrator moving its start date.
    const second = await create("2026-12-05", "2026-12-20", []);
    await follow(t.db, follower, { consultationId: second.id });
    expect((await updateConsultation(t.db, admin, second.id, { ...second.data, startDate: "2026-11-26" }, now)).ok).toBe(true);
    expect(
      await updateConsultation(t.db, admin, second.id, { ...second.data, startDate: "2026-11-26", purpose: "Zmieniony cel" }, now),
    ).toMatchObject({ ok: true });
    expect(await kinds(follower, "notification_consultation_opened")).toHaveLength(2);
  });

  it("when the report is published, and not when publishing is refused", async () => {
    const [follower, resident] = [await person(), await person()];
    const { id } = await create("2026-11-20", "2026-12-20", []);
    await follow(t.db, follower, { consultationId: id });
    const posted = await postComment(t.db, resident, { consultationId: id, body: "Uwaga" }, now);
    if (!posted.ok) throw new Error(JSON.stringify(posted));
    await closeConsultation(t.db, admin, id, now);
    expect(await publishReport(t.db, admin, { consultationId: id }, now)).toEqual({
      ok: false,
      formError: "unansweredComments",
    });
    expect(await kinds(follower, "notification_report_published")).toHaveLength(0);

    await answerComment(t.db, admin, { commentId: posted.value.id, verdict: "accepted", justification: "Uwzględniono" }, now);
    expect(await publishReport(t.db, admin, { consultationId: id, reportSummary: "Podsumowanie" }, now)).toEqual({
      ok: true,
      value: null,
    });
    const mails = await kinds(follower, "notification_report_published");
    expect(mails).toHaveLength(1);
    expect(mails[0].text).toContain(`${origin}/consultations/${id}`);
  });
});
