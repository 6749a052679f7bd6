import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { loadPrincipal } from "@/lib/accounts/principal";
import { ForbiddenError, type Principal } from "@/lib/auth/permissions";
import { mailOutbox, newsAnnouncements, newsItems, newsMailings, newsSubscribers } from "@/lib/db/schema";
import { seedReferenceData } from "@/lib/db/reference";
import { composeMessage } from "@/lib/mail/message";
import { createMeeting } from "@/lib/meetings/commands";
import { createTestDatabase, type TestDatabase } from "@/tests/db";
import { addOrganizationMember, auditOf, createOrganization, createUser, mailsTo, uniqueEmail } from "@/tests/factories";
import {
  acceptAnnouncement,
  changeQueue,
  proposeAnnouncement,
  publishNewsItem,
  returnAnnouncement,
  saveMailingSettings,
  saveNewsItem,
} from "./commands";
import { MAILING_BATCH, runDailyMailing } from "./mailing";
import { listPublicNews, myAnnouncements, newsDesk } from "./queries";
import { composeMailing, mailingDue, mailingSize, mailingTime, matchesTopics, planMailings, type QueuedItem } from "./rules";
import { confirmSubscription, subscribe, subscriberByToken, unsubscribeNews, updatePreferences } from "./subscriptions";
import { createSubscriberToken, verifySubscriberToken } from "./tokens";

const settings = { hour: 8, minItems: 4, maxItems: 6 };
const q = (id: string, rank: number, extra: Partial<QueuedItem> = {}): QueuedItem => ({ id, rank, publishAt: null, held: false, ...extra });
const queueOf = (n: number) => Array.from({ length: n }, (_, i) => q(`i${i + 1}`, i + 1));

describe("the mailing's composition (pure)", () => {
  const at = new Date("2026-12-08T07:00:00Z"); // Tuesday 8:00 in Warsaw

  it("takes at most the maximum, oldest queued first; the rest wait", () => {
    expect(composeMailing(queueOf(9), at, settings).map((i) => i.id)).toEqual(["i1", "i2", "i3", "i4", "i5", "i6"]);
    expect(composeMailing(queueOf(5), at, settings)).toHaveLength(5);
    expect(composeMailing(queueOf(4), at, settings)).toHaveLength(4);
  });

  it("sends fewer than the minimum only when fewer wait, nothing when nothing waits", () => {
    expect(composeMailing(queueOf(2), at, settings)).toHaveLength(2);
    expect(composeMailing([], at, settings)).toEqual([]);
  });

  it("follows the queue's order, not the order given, and skips held items and those not yet published", () => {
    const queue = [
      q("late", 5),
      q("early", 1),
      q("held", 0, { held: true }),
      q("future", 2, { publishAt: new Date("2026-12-09T00:00:00Z") }),
    ];
    expect(composeMailing(queue, at, settings).map((i) => i.id)).toEqual(["early", "late"]);
  });

  it("plans the next three working days with carry-over, skipping weekends and holidays", () => {
    // Wednesday 23 December 2026, 9:00: today's mailing has gone; 24 (Wigilia), 25, 26, 27 are free
    const now = new Date("2026-12-23T08:00:00Z");
    const plan = planMailings(queueOf(14), now, settings, { sentToday: true });
    expect(plan.map((p) => p.day)).toEqual(["2026-12-28", "2026-12-29", "2026-12-30"]);
    expect(plan.map((p) => p.items.length)).toEqual([6, 6, 2]);
    expect(plan[2].items.map((i) => i.id)).toEqual(["i13", "i14"]);
    expect(plan.map((p) => p.short)).toEqual([false, false, true]);
  });

  it("plans today when today's mailing is still to go", () => {
    const monday = new Date("2026-12-07T06:00:00Z"); // 7:00 in Warsaw
    expect(planMailings(queueOf(3), monday, settings)[0].day).toBe("2026-12-07");
    const saturday = new Date("2026-12-12T06:00:00Z");
    expect(planMailings(queueOf(3), saturday, settings)[0].day).toBe("2026-12-14");
  });

  it("sends at the set hour in Warsaw across DST", () => {
    expect(mailingTime("2027-03-26", settings).toISOString()).toBe("2027-03-26T07:00:00.000Z"); // winter, UTC+1
    expect(mailingTime("2027-03-30", settings).toISOString()).toBe("2027-03-30T06:00:00.000Z"); // summer, UTC+2
    expect(mailingDue(new Date("2027-03-30T05:59:00Z"), settings).due).toBe(false);
    expect(mailingDue(new Date("2027-03-30T06:00:00Z"), settings).due).toBe(true);
    expect(mailingDue(new Date("2027-03-29T09:00:00Z"), settings).due).toBe(false); // Easter Monday
    expect(mailingDue(new Date("2027-11-01T09:00:00Z"), settings).due).toBe(false); // All Saints' Day
  });

  it("takes between the minimum and the maximum whenever that many wait, for any queue length and settings", () => {
    for (const s of [
      settings,
      { hour: 8, minItems: 2, maxItems: 3 },
      { hour: 8, minItems: 5, maxItems: 5 },
      { hour: 8, minItems: 1, maxItems: 20 },
    ])
      for (let n = 0; n <= 30; n++) {
        const size = composeMailing(queueOf(n), at, s).length;
        if (n >= s.minItems) {
          expect(size, `${n} queued, ${s.minItems}–${s.maxItems}`).toBeGreaterThanOrEqual(s.minItems);
          expect(size, `${n} queued, ${s.minItems}–${s.maxItems}`).toBeLessThanOrEqual(s.maxItems);
        } else expect(size, `${n} queued, fewer than ${s.minItems}`).toBe(n);
        expect(size).toBe(mailingSize(n, s));
      }
    // held and not-yet-published items do not count towards "enough": three eligible of ten go as three
    const queue = [
      ...queueOf(3),
      ...Array.from({ length: 7 }, (_, i) =>
        q(`h${i}`, 10 + i, { held: i % 2 === 0, publishAt: i % 2 ? new Date("2027-01-01T00:00:00Z") : null }),
      ),
    ];
    expect(composeMailing(queue, at, settings).map((i) => i.id)).toEqual(["i1", "i2", "i3"]);
  });

  it("carries a long queue over day after day, oldest first, each day full until the queue runs short, then nothing", () => {
    const monday = new Date("2027-01-11T06:00:00Z"); // 7:00 in Warsaw, before the hour
    const plan = planMailings(queueOf(20), monday, settings, { days: 5 });
    expect(plan.map((p) => p.day)).toEqual(["2027-01-11", "2027-01-12", "2027-01-13", "2027-01-14", "2027-01-15"]);
    expect(plan.map((p) => p.items.length)).toEqual([6, 6, 6, 2, 0]);
    expect(plan.flatMap((p) => p.items.map((i) => i.id))).toEqual(queueOf(20).map((i) => i.id));
    expect(plan.map((p) => p.short)).toEqual([false, false, false, true, true]);
    // an item scheduled for Wednesday noon waits for Thursday's mailing
    const scheduled = [q("later", 0, { publishAt: new Date("2027-01-13T11:00:00Z") }), ...queueOf(2)];
    const week = planMailings(scheduled, monday, settings, { days: 4 });
    expect(week.map((p) => p.items.map((i) => i.id))).toEqual([["i1", "i2"], [], [], ["later"]]);
  });

  it("plans across the change of time, at the set hour in Warsaw, skipping Easter Monday and All Saints' Day", () => {
    // Friday 26 March 2027 after the mailing: Monday 29 is Easter Monday; summer time from Sunday 28
    const spring = planMailings(queueOf(13), new Date("2027-03-26T10:00:00Z"), settings, { sentToday: true });
    expect(spring.map((p) => [p.day, p.sendAt.toISOString(), p.items.length])).toEqual([
      ["2027-03-30", "2027-03-30T06:00:00.000Z", 6],
      ["2027-03-31", "2027-03-31T06:00:00.000Z", 6],
      ["2027-04-01", "2027-04-01T06:00:00.000Z", 1],
    ]);
    // Friday 29 October 2027: winter time from Sunday 31; Monday 1 November is a holiday
    const autumn = planMailings(queueOf(7), new Date("2027-10-29T05:00:00Z"), settings);
    expect(autumn.map((p) => [p.day, p.sendAt.toISOString(), p.items.length])).toEqual([
      ["2027-10-29", "2027-10-29T06:00:00.000Z", 6],
      ["2027-11-02", "2027-11-02T07:00:00.000Z", 1],
      ["2027-11-03", "2027-11-03T07:00:00.000Z", 0],
    ]);
    expect(mailingDue(new Date("2027-10-29T06:00:00Z"), settings).due).toBe(true); // 8:00 summer time
    expect(mailingDue(new Date("2027-11-02T06:59:00Z"), settings).due).toBe(false); // 7:59 winter time
    expect(mailingDue(new Date("2027-11-02T07:00:00Z"), settings).due).toBe(true);
    expect(mailingDue(new Date("2026-12-24T09:00:00Z"), settings).due).toBe(false); // Wigilia, a holiday from 2025
  });

  it("matches items to a subscriber's topics", () => {
    const item = { type: "training", areas: ["culture"] };
    expect(matchesTopics(item, { areas: [], types: [] })).toBe(true);
    expect(matchesTopics(item, { areas: ["culture", "sport"], types: ["training"] })).toBe(true);
    expect(matchesTopics(item, { areas: ["sport"], types: [] })).toBe(false);
    expect(matchesTopics(item, { areas: [], types: ["jobs"] })).toBe(false);
    expect(matchesTopics({ type: "city", areas: [] }, { areas: ["sport"], types: [] })).toBe(true);
  });
});

describe("subscriber tokens", () => {
  const secret = "s".repeat(32);
  it("round-trips and refuses a tampered payload, signature or another secret", () => {
    const token = createSubscriberToken({ subscriberId: "a1", email: "x@example.org" }, secret);
    expect(verifySubscriberToken(token, secret)).toEqual({ subscriberId: "a1", email: "x@example.org" });
    expect(verifySubscriberToken(token, "t".repeat(32))).toBeNull();
    expect(verifySubscriberToken(`A${token.slice(1)}`, secret)).toBeNull();
    expect(verifySubscriberToken(`${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}`, secret)).toBeNull();
    expect(verifySubscriberToken("short", secret)).toBeNull();
    expect(verifySubscriberToken(`${token}.`, secret)).toBeNull();
  });
});

let t: TestDatabase;
let staff: Principal;
let admin: Principal;
let resident: Principal;
let representative: Principal;
let orgId: string;

async function principalOf(options: Parameters<typeof createUser>[1] = {}) {
  const user = await createUser(t.db, options);
  return (await loadPrincipal(t.db, user.id))!;
}

async function newItem(overrides: Record<string, unknown> = {}) {
  const result = await saveNewsItem(t.db, staff, {
    title: "Nabór wniosków",
    lead: "Krótko",
    body: "**Treść**",
    type: "training",
    areas: ["culture"],
    ...overrides,
  });
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.value.id;
}

beforeAll(async () => {
  t = await createTestDatabase();
  await seedReferenceData(t.db);
  staff = await principalOf({ isCentreStaff: true });
  admin = await principalOf({ isAdmin: true });
  resident = await principalOf();
  const rep = await createUser(t.db);
  orgId = await createOrganization(t.db, "Fundacja Ogłaszająca");
  await addOrganizationMember(t.db, orgId, rep.id, "editor");
  representative = (await loadPrincipal(t.db, rep.id))!;
});
afterAll(() => t?.close());

describe("news items, the queue and the daily mailing", () => {
  it("refuses people without news.manage, with nothing changed", async () => {
    const before = await t.db.select().from(newsItems);
    for (const who of [null, resident, representative])
      await expect(saveNewsItem(t.db, who, { title: "Nie wolno", type: "city" })).rejects.toBeInstanceOf(ForbiddenError);
    const id = await newItem();
    for (const who of [null, resident, representative]) {
      await expect(publishNewsItem(t.db, who, { id })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(changeQueue(t.db, who, { id, action: "queue" })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(saveMailingSettings(t.db, who, { hour: "3", minItems: "1", maxItems: "2" })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(newsDesk(t.db, who)).rejects.toBeInstanceOf(ForbiddenError);
    }
    const [row] = await t.db.select().from(newsItems).where(eq(newsItems.id, id));
    expect(row.status).toBe("draft");
    expect((await t.db.select().from(newsItems)).length).toBe(before.length + 1);
    await t.db.delete(newsItems).where(eq(newsItems.id, id));
  });

  it("a draft is not public; a scheduled one becomes public at its time", async () => {
    const id = await newItem({ title: "Zaplanowana", publishAt: "2027-01-05T10:00" });
    const page = { page: 1, pageSize: 50 };
    expect((await listPublicNews(t.db, new Date("2027-02-01T00:00:00Z"), {}, page)).items.map((i) => i.id)).not.toContain(id);
    expect((await publishNewsItem(t.db, admin, { id, queue: "no" })).ok).toBe(true);
    expect((await listPublicNews(t.db, new Date("2027-01-05T08:59:00Z"), {}, page)).items.map((i) => i.id)).not.toContain(id);
    const later = await listPublicNews(t.db, new Date("2027-01-05T09:00:00Z"), { type: "training", area: "culture" }, page);
    expect(later.items.map((i) => i.id)).toContain(id);
    expect((await listPublicNews(t.db, new Date("2027-01-05T09:00:00Z"), { area: "sport" }, page)).items.map((i) => i.id)).not.toContain(
      id,
    );
  });

  it("an event published in lib/meetings drafts a news item in the same transaction, once", async () => {
    const result = await createMeeting(t.db, staff, {
      kind: "training",
      title: "Szkolenie z fundraisingu",
      place: "Centrum",
      startsAt: "2027-03-10T10:00",
      endsAt: "2027-03-10T12:00",
      capacity: "20",
    });
    expect(result.ok).toBe(true);
    const id = result.ok ? result.value.id : "";
    const drafts = await t.db
      .select()
      .from(newsItems)
      .where(and(eq(newsItems.sourceKind, "meeting"), eq(newsItems.sourceId, id)));
    expect(drafts).toHaveLength(1);
    expect(drafts[0]).toMatchObject({ status: "draft", type: "training", title: "Szkolenie z fundraisingu" });
  });

  it("composes 4–6 items a working day at the hour, carries the rest over, filters by topic, sends in batches with RFC 8058 headers", async () => {
    await t.db.update(newsItems).set({ mailStatus: "none" });
    const base = new Date("2027-01-10T12:00:00Z").getTime();
    const ids: string[] = [];
    for (let i = 0; i < 8; i++) {
      const id = await newItem({ title: `Pozycja ${i + 1}`, type: i % 2 ? "jobs" : "training", areas: i % 2 ? ["sport"] : ["culture"] });
      expect((await publishNewsItem(t.db, staff, { id }, new Date(base + i * 1000))).ok).toBe(true);
      ids.push(id);
    }
    // staff move the last one up once (swaps with the 7th) and hold the 2nd
    expect((await changeQueue(t.db, staff, { id: ids[7], action: "up" })).ok).toBe(true);
    expect((await changeQueue(t.db, staff, { id: ids[1], action: "hold" })).ok).toBe(true);

    // subscribers: all topics, training only, sport area only, an unconfirmed one, an unsubscribed one
    const all = await addSubscriber({ confirmed: true });
    const training = await addSubscriber({ confirmed: true, types: ["training"] });
    const sport = await addSubscriber({ confirmed: true, areas: ["sport"] });
    const waiting = await addSubscriber({ confirmed: false });
    const gone = await addSubscriber({ confirmed: true, unsubscribed: true });

    // Saturday: nothing; Monday 11 January 2027 before 8:00 Warsaw: nothing
    expect((await runDailyMailing(t.db, new Date("2027-01-09T09:00:00Z"))).composed).toBe(false);
    expect((await runDailyMailing(t.db, new Date("2027-01-11T06:59:00Z"))).composed).toBe(false);
    const monday = await runDailyMailing(t.db, new Date("2027-01-11T07:00:00Z"));
    expect(monday).toMatchObject({ composed: true, items: 6 });
    const [mailing] = await t.db.select().from(newsMailings).where(eq(newsMailings.day, "2027-01-11"));
    const sent = await t.db.select().from(newsItems).where(eq(newsItems.mailingId, mailing.id));
    const order = sent.sort((a, b) => a.mailingPosition! - b.mailingPosition!).map((i) => i.id);
    expect(order).toEqual([ids[0], ids[2], ids[3], ids[4], ids[5], ids[7]]);
    expect(mailing.status).toBe("sent");

    const mailOf = async (email: string) => (await mailsTo(t.db, email)).filter((m) => m.kind === "news_mailing");
    expect(await mailOf(all.email)).toHaveLength(1);
    expect((await mailOf(all.email))[0].text.match(/\/news\//g)?.length).toBeGreaterThanOrEqual(6);
    const trainingMail = (await mailOf(training.email))[0];
    expect(trainingMail.text).toContain("Pozycja 1");
    expect(trainingMail.text).not.toContain("Pozycja 4"); // a job
    expect((await mailOf(sport.email))[0].text).not.toContain("Pozycja 1");
    expect(await mailOf(waiting.email)).toHaveLength(0);
    expect(await mailOf(gone.email)).toHaveLength(0);

    // RFC 8058: the one-click headers, and a link in the text; no images
    const message = composeMessage(trainingMail, { from: "a@b.pl", unsubscribeMailto: null, host: "x" });
    const headers = message.headers as Record<string, string>;
    expect(headers["List-Unsubscribe"]).toMatch(/^<https?:\/\/[^>]+\/api\/news\/unsubscribe\/[A-Za-z0-9_-]+>$/);
    expect(headers["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
    expect(trainingMail.text).toMatch(/\/news\/subscription\/[A-Za-z0-9_-]+/);
    expect(String(message.html)).not.toMatch(/<img/i);

    // again the same day: nothing more
    expect(await runDailyMailing(t.db, new Date("2027-01-11T10:00:00Z"))).toMatchObject({ composed: false, mails: 0 });
    expect(await mailOf(all.email)).toHaveLength(1);
    // Tuesday: the one left (ids[6]); the held one waits
    const tuesday = await runDailyMailing(t.db, new Date("2027-01-12T07:05:00Z"));
    expect(tuesday.items).toBe(1);
    const [held] = await t.db.select().from(newsItems).where(eq(newsItems.id, ids[1]));
    expect(held.mailStatus).toBe("held");
  });

  it("queues 1 200 subscribers' mails in batches of MAILING_BATCH (three transactions)", async () => {
    await t.db.update(newsItems).set({ mailStatus: "none" });
    await t.db.delete(newsSubscribers);
    const rows = Array.from({ length: 1200 }, (_, i) => ({ email: `bulk${i}@example.org`, confirmedAt: new Date("2027-01-01T00:00:00Z") }));
    await t.db.insert(newsSubscribers).values(rows);
    const id = await newItem({ title: "Dla wszystkich", areas: [] });
    await publishNewsItem(t.db, staff, { id }, new Date("2027-01-12T12:00:00Z"));
    const result = await runDailyMailing(t.db, new Date("2027-01-13T07:00:00Z"));
    expect(result).toMatchObject({ items: 1, mails: 1200 });
    expect(MAILING_BATCH).toBe(500);
    const [m] = await t.db.select().from(newsMailings).where(eq(newsMailings.day, "2027-01-13"));
    expect(m.recipients).toBe(1200);
    await t.db.delete(newsSubscribers);
  });

  it("the job sends fewer than the minimum only when fewer are queued, and no mailing when none are", async () => {
    await t.db.update(newsItems).set({ mailStatus: "none" });
    const reader = await addSubscriber({ confirmed: true });
    // Wednesday 3 February 2027: nothing queued, so nothing goes
    expect(await runDailyMailing(t.db, new Date("2027-02-03T07:00:00Z"))).toMatchObject({ items: 0, mails: 0 });
    expect((await mailsTo(t.db, reader.email)).filter((m) => m.kind === "news_mailing")).toHaveLength(0);
    // Thursday: two queued, both go (fewer than four only because only two wait)
    for (const title of ["Jedna", "Druga"])
      await publishNewsItem(t.db, staff, { id: await newItem({ title }) }, new Date("2027-02-03T12:00:00Z"));
    expect(await runDailyMailing(t.db, new Date("2027-02-04T07:00:00Z"))).toMatchObject({ items: 2, mails: 1 });
    // Friday: a long queue of nine: six go, three wait for Monday (the weekend skipped)
    for (let i = 0; i < 9; i++)
      await publishNewsItem(t.db, staff, { id: await newItem({ title: `Długa kolejka ${i}` }) }, new Date(Date.UTC(2027, 1, 4, 12, 0, i)));
    expect(await runDailyMailing(t.db, new Date("2027-02-05T07:00:00Z"))).toMatchObject({ items: 6, mails: 1 });
    expect(await runDailyMailing(t.db, new Date("2027-02-06T09:00:00Z"))).toMatchObject({ composed: false, items: 0 });
    expect(await runDailyMailing(t.db, new Date("2027-02-08T07:00:00Z"))).toMatchObject({ items: 3, mails: 1 });
    const mails = (await mailsTo(t.db, reader.email)).filter((m) => m.kind === "news_mailing");
    expect(mails).toHaveLength(3);
    expect(mails.some((m) => m.text.includes("Długa kolejka 8"))).toBe(true);
    await t.db.delete(newsSubscribers).where(eq(newsSubscribers.id, reader.id));
  });

  async function addSubscriber(o: { confirmed: boolean; unsubscribed?: boolean; areas?: string[]; types?: string[] }) {
    const [row] = await t.db
      .insert(newsSubscribers)
      .values({
        email: uniqueEmail("sub"),
        areas: o.areas ?? [],
        types: o.types ?? [],
        confirmedAt: o.confirmed ? new Date("2027-01-01T00:00:00Z") : null,
        unsubscribedAt: o.unsubscribed ? new Date("2027-01-02T00:00:00Z") : null,
      })
      .returning();
    return row;
  }
});

describe("subscription: double opt-in, preferences, one-click unsubscribe", () => {
  it("subscribes without an account, confirms by the mail's link, changes topics, unsubscribes", async () => {
    const email = uniqueEmail("news");
    expect((await subscribe(t.db, null, { email, areas: ["culture"], types: [] }, { locale: "pl" })).ok).toBe(true);
    const [row] = await t.db.select().from(newsSubscribers).where(eq(newsSubscribers.email, email));
    expect(row.confirmedAt).toBeNull();
    const [mail] = await mailsTo(t.db, email);
    expect(mail.kind).toBe("news_subscription_confirm");
    expect(mail.listUnsubscribeUrl).toBeNull();
    const token = /\/news\/subscription\/([A-Za-z0-9_-]+)/.exec(mail.text)![1];
    expect((await subscriberByToken(t.db, token))?.id).toBe(row.id);

    expect((await confirmSubscription(t.db, null, { token: `${token}x` })).ok).toBe(false);
    expect((await confirmSubscription(t.db, null, { token })).ok).toBe(true);
    expect((await updatePreferences(t.db, null, { token, areas: ["sport"], types: ["jobs", "nonsense"] })).ok).toBe(false);
    expect((await updatePreferences(t.db, null, { token, areas: ["sport"], types: ["jobs"] })).ok).toBe(true);
    const [after] = await t.db.select().from(newsSubscribers).where(eq(newsSubscribers.id, row.id));
    expect(after).toMatchObject({ areas: ["sport"], types: ["jobs"] });
    expect(after.confirmedAt).not.toBeNull();

    // subscribing again answers the same (nobody learns who subscribes); within ten minutes no second
    // mail, later one with the preferences link
    expect((await subscribe(t.db, null, { email, areas: [], types: [] }, { locale: "pl" })).ok).toBe(true);
    expect(await mailsTo(t.db, email)).toHaveLength(1);
    const later = new Date(Date.now() + 11 * 60 * 1000);
    expect((await subscribe(t.db, null, { email, areas: [], types: [] }, { locale: "pl", now: later })).ok).toBe(true);
    expect((await mailsTo(t.db, email)).at(-1)!.kind).toBe("news_subscription_manage");

    expect((await unsubscribeNews(t.db, token)).ok).toBe(true);
    expect((await unsubscribeNews(t.db, token)).ok).toBe(true);
    const [gone] = await t.db.select().from(newsSubscribers).where(eq(newsSubscribers.id, row.id));
    expect(gone.unsubscribedAt).not.toBeNull();
    expect((await unsubscribeNews(t.db, "forged")).ok).toBe(false);
    // each change of the consent leaves its trace in the audit log, once
    expect((await auditOf(t.db, row.id)).map((a) => a.action).reverse()).toEqual([
      "news.subscribe",
      "news.confirmSubscription",
      "news.updatePreferences",
      "news.unsubscribe",
    ]);
  });

  it("refuses an invalid address or an unknown area, with nothing stored", async () => {
    expect((await subscribe(t.db, null, { email: "not-an-address" }, { locale: "pl" })).ok).toBe(false);
    const email = uniqueEmail("area");
    expect((await subscribe(t.db, null, { email, areas: ["no-such-area"] }, { locale: "pl" })).ok).toBe(false);
    expect(await t.db.select().from(newsSubscribers).where(eq(newsSubscribers.email, email))).toHaveLength(0);
    expect(await t.db.select().from(mailOutbox).where(eq(mailOutbox.to, email))).toHaveLength(0);
  });
});

describe("announcements sent in by organizations", () => {
  it("a representative proposes, staff return with a reason, the organization sends it again, staff accept it edited", async () => {
    const proposal = {
      organizationId: orgId,
      kind: "volunteers",
      title: "Szukamy wolontariuszy",
      lead: "Na festyn",
      body: "Zgłoś się",
      areas: ["culture"],
    };
    for (const who of [null, resident, staff])
      await expect(proposeAnnouncement(t.db, who, proposal)).rejects.toBeInstanceOf(ForbiddenError);
    const proposed = await proposeAnnouncement(t.db, representative, proposal);
    expect(proposed.ok).toBe(true);
    const id = proposed.ok ? proposed.value.id : "";

    for (const who of [null, resident, representative]) {
      await expect(returnAnnouncement(t.db, who, { id, reason: "Brak daty festynu" })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(acceptAnnouncement(t.db, who, { id, ...proposal, type: "volunteering" })).rejects.toBeInstanceOf(ForbiddenError);
    }
    const [unchanged] = await t.db.select().from(newsAnnouncements).where(eq(newsAnnouncements.id, id));
    expect(unchanged.status).toBe("pending");

    expect((await returnAnnouncement(t.db, staff, { id, reason: "Brak daty festynu" })).ok).toBe(true);
    expect((await myAnnouncements(t.db, representative))[0]).toMatchObject({ status: "returned", returnReason: "Brak daty festynu" });
    expect((await proposeAnnouncement(t.db, representative, { ...proposal, id, lead: "Na festyn 12 czerwca" })).ok).toBe(true);

    const accepted = await acceptAnnouncement(t.db, staff, {
      id,
      ...proposal,
      lead: "Na festyn 12 czerwca",
      title: "Wolontariusze na festyn",
      type: "volunteering",
    });
    expect(accepted.ok).toBe(true);
    const mine = (await myAnnouncements(t.db, representative))[0];
    expect(mine.status).toBe("accepted");
    expect(mine.changed).toEqual(["title"]);
    const [item] = await t.db.select().from(newsItems).where(eq(newsItems.id, mine.newsItemId!));
    expect(item).toMatchObject({ organizationId: orgId, status: "published", mailStatus: "queued", type: "volunteering" });
    expect((await acceptAnnouncement(t.db, staff, { id, ...proposal, type: "volunteering" })).ok).toBe(false);
  });
});
