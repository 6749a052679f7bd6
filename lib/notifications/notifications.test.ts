import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { eq } from "drizzle-orm";
import { loadPrincipal } from "@/lib/accounts/principal";
import { ForbiddenError, type Principal } from "@/lib/auth/permissions";
import { follows, notifications } from "@/lib/db/schema/notifications";
import { seedReferenceData } from "@/lib/db/reference";
import { createTestDatabase, type TestDatabase } from "@/tests/db";
import { createUser, mailsTo } from "@/tests/factories";
import { notifyConsultationOpened, notifyReportPublished, unsubscribeWithToken } from "./commands";
import { systemActor } from "@/lib/audit/record";
import { sendDailyDigests } from "./digests";
import { follow, myFollows, unfollow } from "./follows";
import { insertComment, insertConsultation } from "@/lib/consultations/testing";
import { createUnsubscribeToken } from "./tokens";

process.env.AUTH_SECRET = "vitest-secret-for-unsubscribe-links";
const secret = process.env.AUTH_SECRET;
let t: TestDatabase;

async function person(): Promise<Principal> {
  const user = await createUser(t.db);
  return (await loadPrincipal(t.db, user.id))!;
}

function unsubscribeTokenIn(text: string) {
  const match = /\/unsubscribe\/([A-Za-z0-9_-]+)/.exec(text);
  if (!match) throw new Error(`no unsubscribe link in:\n${text}`);
  return match[1];
}

beforeAll(async () => {
  vi.stubEnv("APP_URL", "https://wspolnie.test");
  t = await createTestDatabase();
  await seedReferenceData(t.db);
}, 60_000);
afterAll(async () => {
  vi.unstubAllEnvs();
  await t?.close();
});

describe("follows", () => {
  it("follows an area once, with a confirmation mail carrying a working one-click unsubscribe link", async () => {
    const p = await person();
    const first = await follow(t.db, p, { areaSlug: "seniors" });
    expect(first.ok && first.value.id).toBeTruthy();
    expect(await follow(t.db, p, { areaSlug: "seniors" })).toEqual({ ok: true, value: { id: null } });
    const mails = await mailsTo(t.db, p.email);
    expect(mails).toHaveLength(1);
    expect(mails[0].text).toContain("https://wspolnie.test/unsubscribe/");
    const token = unsubscribeTokenIn(mails[0].text);
    expect(await unsubscribeWithToken(t.db, token, secret)).toEqual({ ok: true, scope: { kind: "area", areaSlug: "seniors" } });
    expect((await myFollows(t.db, p)).follows).toHaveLength(0);
  });

  it("refuses visitors, unknown areas and another person's follow", async () => {
    const [a, b] = [await person(), await person()];
    await expect(follow(t.db, null, { areaSlug: "seniors" })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await follow(t.db, a, { areaSlug: "no-such-area" })).toEqual({ ok: false, fieldErrors: { areaSlug: ["invalid"] } });
    const created = await follow(t.db, a, { areaSlug: "culture" });
    const id = created.ok ? created.value.id! : "";
    expect(await unfollow(t.db, b, { followId: id })).toEqual({ ok: false, formError: "notFound" });
    expect(await t.db.select().from(follows).where(eq(follows.id, id))).toHaveLength(1);
  });

  it("refuses a tampered unsubscribe token and changes nothing", async () => {
    const p = await person();
    await follow(t.db, p, { areaSlug: "sport" });
    const good = createUnsubscribeToken({ userId: p.userId, scope: { kind: "area", areaSlug: "sport" } }, secret);
    const forged = createUnsubscribeToken({ userId: p.userId, scope: { kind: "area", areaSlug: "sport" } }, "guessed-secret");
    expect(await unsubscribeWithToken(t.db, forged, secret)).toEqual({ ok: false });
    expect(await unsubscribeWithToken(t.db, `${good}x`, secret)).toEqual({ ok: false });
    expect((await myFollows(t.db, p)).follows).toHaveLength(1);
  });
});

describe("consultation notices", () => {
  it("mails each follower once when a consultation opens (followers of it and of its areas), idempotently", async () => {
    const consultationId = await insertConsultation(t.db, { title: "Program współpracy 2027", areas: ["ecology"] });
    const [direct, byArea, both, other] = [await person(), await person(), await person(), await person()];
    await follow(t.db, direct, { consultationId });
    await follow(t.db, byArea, { areaSlug: "ecology" });
    await follow(t.db, both, { consultationId });
    await follow(t.db, both, { areaSlug: "ecology" });
    await follow(t.db, other, { areaSlug: "tourism" });

    expect(await notifyConsultationOpened(t.db, consultationId, systemActor("test"))).toBe(3);
    expect(await notifyConsultationOpened(t.db, consultationId, systemActor("test"))).toBe(0);
    for (const p of [direct, byArea, both]) {
      const opened = (await mailsTo(t.db, p.email)).filter((m) => m.kind === "notification_consultation_opened");
      expect(opened).toHaveLength(1);
      expect(opened[0].subject).toContain("Program współpracy 2027");
      expect(opened[0].text).toMatch(/\/unsubscribe\//);
    }
    expect((await mailsTo(t.db, other.email)).filter((m) => m.kind === "notification_consultation_opened")).toHaveLength(0);

    expect(await notifyReportPublished(t.db, consultationId, systemActor("test"))).toBe(3);
    expect(await notifyReportPublished(t.db, consultationId, systemActor("test"))).toBe(0);
    const recorded = await t.db.select().from(notifications).where(eq(notifications.consultationId, consultationId));
    expect(recorded).toHaveLength(6);

    // The link in the mail to a consultation follower stops that follow only.
    const mail = (await mailsTo(t.db, both.email)).find((m) => m.kind === "notification_report_published")!;
    expect(await unsubscribeWithToken(t.db, unsubscribeTokenIn(mail.text), secret)).toMatchObject({
      ok: true,
      scope: { kind: "consultation" },
    });
    expect((await myFollows(t.db, both)).follows.map((f) => f.areaSlug)).toEqual(["ecology"]);
  });
});

describe("daily digest", () => {
  it("sends one mail per person per day with all new replies, nothing twice, nothing when nothing is new", async () => {
    const consultationId = await insertConsultation(t.db, { title: "Budżet obywatelski" });
    const [author, replier, quiet] = [await person(), await person(), await person()];
    const day1 = new Date("2026-11-27T07:00:00+01:00");
    const c1 = await insertComment(t.db, { consultationId, authorId: author.userId, createdAt: new Date("2026-11-26T10:00:00+01:00") });
    const c2 = await insertComment(t.db, { consultationId, authorId: author.userId, createdAt: new Date("2026-11-26T11:00:00+01:00") });
    await insertComment(t.db, { consultationId, authorId: quiet.userId, createdAt: new Date("2026-11-26T11:00:00+01:00") });
    await insertComment(t.db, {
      consultationId,
      authorId: replier.userId,
      parentId: c1,
      body: "Pierwsza odpowiedź",
      createdAt: new Date("2026-11-26T12:00:00+01:00"),
    });
    await insertComment(t.db, {
      consultationId,
      authorId: replier.userId,
      parentId: c2,
      body: "Druga odpowiedź",
      createdAt: new Date("2026-11-26T13:00:00+01:00"),
    });
    await insertComment(t.db, {
      consultationId,
      authorId: author.userId,
      parentId: c1,
      body: "Odpowiadam sobie",
      createdAt: new Date("2026-11-26T14:00:00+01:00"),
    });

    const run1 = await sendDailyDigests(t.db, day1);
    expect(run1.day).toBe("2026-11-27");
    const digests = () => mailsTo(t.db, author.email).then((m) => m.filter((x) => x.kind === "notification_digest"));
    expect(await digests()).toHaveLength(1);
    const [mail] = await digests();
    expect(mail.subject).toBe("2 nowe odpowiedzi na Twoje uwagi");
    expect(mail.text).toContain("Pierwsza odpowiedź");
    expect(mail.text).toContain("Druga odpowiedź");
    expect(mail.text).not.toContain("Odpowiadam sobie");
    expect(await mailsTo(t.db, quiet.email)).toHaveLength(0);
    expect(await mailsTo(t.db, replier.email)).toHaveLength(0);

    // A new reply the same day: no second mail that day...
    await insertComment(t.db, {
      consultationId,
      authorId: replier.userId,
      parentId: c1,
      body: "Trzecia odpowiedź",
      createdAt: new Date("2026-11-27T09:00:00+01:00"),
    });
    await sendDailyDigests(t.db, new Date("2026-11-27T18:00:00+01:00"));
    expect(await digests()).toHaveLength(1);
    // ...it comes the next day, alone.
    await sendDailyDigests(t.db, new Date("2026-11-28T07:00:00+01:00"));
    const after = await digests();
    expect(after).toHaveLength(2);
    expect(after[1].text).toContain("Trzecia odpowiedź");
    expect(after[1].text).not.toContain("Pierwsza odpowiedź");
    // Nothing new: nothing sent.
    await sendDailyDigests(t.db, new Date("2026-11-29T07:00:00+01:00"));
    expect(await digests()).toHaveLength(2);

    // The digest's own unsubscribe link turns it off.
    expect(await unsubscribeWithToken(t.db, unsubscribeTokenIn(after[1].text), secret)).toEqual({ ok: true, scope: { kind: "digest" } });
    await insertComment(t.db, {
      consultationId,
      authorId: replier.userId,
      parentId: c2,
      body: "Czwarta",
      createdAt: new Date("2026-11-29T09:00:00+01:00"),
    });
    await sendDailyDigests(t.db, new Date("2026-11-30T07:00:00+01:00"));
    expect(await digests()).toHaveLength(2);
  });
});
