import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { registerUser } from "@/lib/accounts/commands";
import { mailOutbox } from "@/lib/db/schema";
import { seedReferenceData } from "@/lib/db/reference";
import { sendDailyDigests } from "@/lib/notifications/digests";
import { unsubscribeWithToken } from "@/lib/notifications/commands";
import { insertComment, insertConsultation } from "@/lib/consultations/testing";
import { sendReportReminders } from "@/lib/reports/commands";
import { createTestContract } from "@/lib/reports/testing";
import { createTestDatabase, type TestDatabase } from "@/tests/db";
import { addOrganizationMember, createOrganization, createUser, uniqueEmail } from "@/tests/factories";
import { headerLine, startSmtpSink, type SmtpSink } from "@/tests/smtp";
import { deliverOutbox } from "./delivery";

/*
 * Mail proven end to end: the outbox is delivered to a real SMTP server running in this process,
 * and what arrives is parsed as a mail program would.
 */
const appUrl = "https://wspolnie.example";
const from = "Wspólnie Białystok <powiadomienia@wspolnie.example>";
process.env.AUTH_SECRET ??= "vitest-secret-for-unsubscribe-links";
let t: TestDatabase;
let smtp: SmtpSink;
const settings = () => ({ smtpUrl: smtp.url, from, unsubscribeMailto: "wypisz@wspolnie.example" });
const minutes = (n: number) => new Date(Date.now() + n * 60_000);

beforeAll(async () => {
  vi.stubEnv("APP_URL", appUrl);
  t = await createTestDatabase();
  await seedReferenceData(t.db);
  smtp = await startSmtpSink();
}, 60_000);
afterAll(async () => {
  vi.unstubAllEnvs();
  await smtp?.close();
  await t?.close();
});
beforeEach(() => {
  smtp.messages.length = 0;
  smtp.failWith(null);
});

async function outboxRow(to: string) {
  const [row] = await t.db.select().from(mailOutbox).where(eq(mailOutbox.to, to));
  return row;
}

const linksIn = (text: string) => text.match(/https?:\/\/[^\s<>"]+/g) ?? [];

describe("what arrives", () => {
  it("a registration: the verification mail with From, a text and an HTML part, links on APP_URL only, no list headers", async () => {
    const email = uniqueEmail("nowa");
    expect(
      (
        await registerUser(
          t.db,
          { name: "Nowa <Osoba>", email, password: "Zubr-Bialowieza-7", passwordConfirm: "Zubr-Bialowieza-7", acceptTerms: "on" },
          { locale: "pl" },
        )
      ).ok,
    ).toBe(true);
    expect(await deliverOutbox(t.db, { settings: settings() })).toEqual({ sent: 1, retried: 0, failed: 0 });
    expect(smtp.messages).toHaveLength(1);
    const [mail] = smtp.messages;
    expect(mail.from?.value[0]).toEqual({ address: "powiadomienia@wspolnie.example", name: "Wspólnie Białystok" });
    expect(mail.to && !Array.isArray(mail.to) && mail.to.value[0].address).toBe(email);
    expect(mail.subject).toBe("Potwierdź adres e-mail w platformie Wspólnie");
    expect(headerLine(mail, "list-unsubscribe")).toBeUndefined();
    expect(headerLine(mail, "list-unsubscribe-post")).toBeUndefined();
    expect(headerLine(mail, "auto-submitted")).toBe("auto-generated");
    const row = await outboxRow(email);
    expect(mail.messageId).toBe(`<${row.id}@wspolnie.example>`);
    // the same content twice: the HTML escapes what the person typed and links the same addresses
    expect(mail.text).toContain("Nowa <Osoba>");
    expect(mail.html).toContain("Nowa &lt;Osoba&gt;");
    expect(mail.html).not.toContain("<Osoba>");
    expect(mail.html).toMatch(/<html lang="pl">/);
    const links = linksIn(mail.text!);
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(link.startsWith(`${appUrl}/`)).toBe(true);
    expect(links[0]).toMatch(/^https:\/\/wspolnie\.example\/verify-email\?token=[\w-]+$/);
    expect(mail.html).toContain(`<a href="${links[0]}">`);
    expect(row).toMatchObject({ attempts: 1, lastError: null, failedAt: null, claimedBy: null });
    expect(row.sentAt).toBeInstanceOf(Date);
    // nothing is sent twice
    expect(await deliverOutbox(t.db, { settings: settings(), now: minutes(60) })).toEqual({ sent: 0, retried: 0, failed: 0 });
    expect(smtp.messages).toHaveLength(1);
  });

  it("a digest: bulk mail with List-Unsubscribe (https and mailto) and List-Unsubscribe-Post, whose one-click link works", async () => {
    const consultationId = await insertConsultation(t.db, { title: "Budżet obywatelski" });
    const [author, replier] = [await createUser(t.db), await createUser(t.db)];
    const parentId = await insertComment(t.db, { consultationId, authorId: author.id, createdAt: new Date("2026-11-26T10:00:00+01:00") });
    await insertComment(t.db, {
      consultationId,
      authorId: replier.id,
      parentId,
      body: "Odpowiedź <b>ważna</b>",
      createdAt: new Date("2026-11-26T12:00:00+01:00"),
    });
    expect((await sendDailyDigests(t.db, new Date("2026-11-27T07:00:00+01:00"))).sent).toBe(1);
    expect((await deliverOutbox(t.db, { settings: settings() })).sent).toBe(1);
    const [mail] = smtp.messages;
    expect(mail.subject).toBe("1 nowa odpowiedź na Twoje uwagi");
    const list = headerLine(mail, "list-unsubscribe")!;
    expect(list).toMatch(
      /^<https:\/\/wspolnie\.example\/api\/unsubscribe\/[\w-]+>, <mailto:wypisz@wspolnie\.example\?subject=unsubscribe>$/,
    );
    expect(headerLine(mail, "list-unsubscribe-post")).toBe("List-Unsubscribe=One-Click");
    expect(mail.text).toContain("Odpowiedź <b>ważna</b>");
    expect(mail.html).toContain("Odpowiedź &lt;b&gt;ważna&lt;/b&gt;");
    for (const link of linksIn(mail.text!)) expect(link.startsWith(`${appUrl}/`)).toBe(true);
    // the link in the text opens the page that asks; the header's link is what a mail program POSTs to
    expect(mail.text).toMatch(/https:\/\/wspolnie\.example\/unsubscribe\/[\w-]+/);
    const token = /\/api\/unsubscribe\/([\w-]+)>/.exec(list)![1];
    expect(await unsubscribeWithToken(t.db, token)).toEqual({ ok: true, scope: { kind: "digest" } });
  });

  it("a report reminder: transactional (no list headers), both parts, links on APP_URL", async () => {
    const org = await createOrganization(t.db, "Stowarzyszenie Przypomnień");
    const member = await createUser(t.db);
    await addOrganizationMember(t.db, org, member.id, "owner");
    await createTestContract(t.db, org);
    const result = await sendReportReminders(t.db, new Date("2026-11-25T09:00:00Z"));
    expect(result.mails).toBeGreaterThanOrEqual(2);
    const summary = await deliverOutbox(t.db, { settings: settings() });
    expect(summary.sent).toBe(result.mails);
    const mine = smtp.messages.filter((m) => !Array.isArray(m.to) && m.to?.value[0].address === member.email);
    expect(mine.map((m) => m.subject!.replace(/ — umowa .*/, "")).sort()).toEqual([
      "Minął termin sprawozdania",
      "Zbliża się termin sprawozdania",
    ]);
    for (const mail of mine) {
      expect(headerLine(mail, "list-unsubscribe")).toBeUndefined();
      expect(mail.html).toContain('<a href="https://wspolnie.example/account/contracts/');
      for (const link of linksIn(mail.text!)) expect(link.startsWith(`${appUrl}/`)).toBe(true);
    }
  });
});

describe("when the SMTP server fails", () => {
  it("down: the message stays queued with the error and the next try, and is delivered once the server is back", async () => {
    const email = uniqueEmail("cierpliwa");
    await registerUser(
      t.db,
      { name: "Cierpliwa", email, password: "Zubr-Bialowieza-7", passwordConfirm: "Zubr-Bialowieza-7", acceptTerms: "on" },
      { locale: "en" },
    );
    await smtp.close();
    const first = await deliverOutbox(t.db, { settings: settings() });
    expect(first).toEqual({ sent: 0, retried: 1, failed: 0 });
    let row = await outboxRow(email);
    expect(row).toMatchObject({ attempts: 1, sentAt: null, failedAt: null, claimedBy: null });
    expect(row.lastError).toMatch(/ECONNREFUSED/);
    expect(row.nextAttemptAt.getTime()).toBeGreaterThan(Date.now() + 30_000);

    await smtp.reopen();
    // before the next try nothing is sent
    expect(await deliverOutbox(t.db, { settings: settings() })).toEqual({ sent: 0, retried: 0, failed: 0 });
    expect(await deliverOutbox(t.db, { settings: settings(), now: minutes(2) })).toEqual({ sent: 1, retried: 0, failed: 0 });
    row = await outboxRow(email);
    expect(row).toMatchObject({ attempts: 2, lastError: null });
    expect(row.sentAt).toBeInstanceOf(Date);
    expect(smtp.messages).toHaveLength(1);
    expect(smtp.messages[0].html).toMatch(/<html lang="en">/);
  });

  it("a temporary refusal (4xx) is retried with a growing delay; a permanent one (5xx) gives up, visibly", async () => {
    const [later, never] = [uniqueEmail("pozniej"), uniqueEmail("nigdy")];
    for (const email of [later, never])
      await registerUser(
        t.db,
        { name: "Osoba", email, password: "Zubr-Bialowieza-7", passwordConfirm: "Zubr-Bialowieza-7", acceptTerms: "on" },
        { locale: "pl" },
      );
    smtp.failWith(421);
    expect(await deliverOutbox(t.db, { settings: settings() })).toEqual({ sent: 0, retried: 2, failed: 0 });
    expect(await deliverOutbox(t.db, { settings: settings(), now: minutes(1.5) })).toEqual({ sent: 0, retried: 2, failed: 0 });
    const row = await outboxRow(later);
    expect(row.attempts).toBe(2);
    expect(row.lastError).toContain("421");
    // 1 minute after the first try, 2 after the second
    expect(row.nextAttemptAt.getTime()).toBeGreaterThan(minutes(3).getTime());
    smtp.failWith(550);
    await t.db.update(mailOutbox).set({ nextAttemptAt: new Date() }).where(eq(mailOutbox.to, never));
    expect(await deliverOutbox(t.db, { settings: settings() })).toEqual({ sent: 0, retried: 0, failed: 1 });
    const gaveUp = await outboxRow(never);
    expect(gaveUp.failedAt).toBeInstanceOf(Date);
    expect(gaveUp.lastError).toContain("550");
    smtp.failWith(null);
    expect((await deliverOutbox(t.db, { settings: settings(), now: minutes(10) })).sent).toBe(1);
    expect(smtp.messages.map((m) => !Array.isArray(m.to) && m.to?.value[0].address)).toEqual([later]);
  });

  it("without SMTP_URL nothing is tried: the outbox is the mailbox", async () => {
    expect(await deliverOutbox(t.db, { settings: { smtpUrl: null, from, unsubscribeMailto: null } })).toEqual({
      sent: 0,
      retried: 0,
      failed: 0,
      skipped: "noSmtp",
    });
  });
});

describe("several senders at once", () => {
  it("two concurrent runners deliver each message exactly once", async () => {
    const emails = Array.from({ length: 12 }, () => uniqueEmail("rownolegle"));
    for (const email of emails)
      await registerUser(
        t.db,
        { name: "Osoba", email, password: "Zubr-Bialowieza-7", passwordConfirm: "Zubr-Bialowieza-7", acceptTerms: "on" },
        { locale: "pl" },
      );
    const [a, b] = await Promise.all([deliverOutbox(t.db, { settings: settings() }), deliverOutbox(t.db, { settings: settings() })]);
    expect(a.sent + b.sent).toBe(emails.length);
    const received = smtp.messages.map((m) => m.messageId);
    expect(new Set(received).size).toBe(received.length);
    expect(smtp.messages.map((m) => !Array.isArray(m.to) && m.to?.value[0].address).sort()).toEqual([...emails].sort());
  });
});

describe("bulk mail waits", () => {
  it("a verification mail queued after a news mailing leaves before it", async () => {
    const bulk = Array.from({ length: 30 }, (_, i) => ({
      to: uniqueEmail(`subskrybent${i}`),
      subject: "Aktualności dla organizacji",
      text: "Dzisiejsze aktualności.",
      kind: "news_mailing",
      createdAt: minutes(-5),
      nextAttemptAt: minutes(-5),
    }));
    await t.db.insert(mailOutbox).values(bulk);
    const email = uniqueEmail("pilne");
    await registerUser(
      t.db,
      { name: "Osoba", email, password: "Zubr-Bialowieza-7", passwordConfirm: "Zubr-Bialowieza-7", acceptTerms: "on" },
      { locale: "pl" },
    );
    const first = await deliverOutbox(t.db, { settings: settings(), limit: 1 });
    expect(first.sent).toBe(1);
    expect(smtp.messages.map((m) => !Array.isArray(m.to) && m.to?.value[0].address)).toEqual([email]);
    await deliverOutbox(t.db, { settings: settings() });
    expect(smtp.messages).toHaveLength(31);
  });
});
