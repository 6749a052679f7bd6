import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { loadPrincipal } from "@/lib/accounts/principal";
import type { Principal } from "@/lib/auth/permissions";
import { createConsultation } from "@/lib/consultations/commands";
import { auditLog, competitions, consultations, contractReports, contracts, mailOutbox, scheduledJobs } from "@/lib/db/schema";
import { seedReferenceData } from "@/lib/db/reference";
import { insertContract } from "@/lib/contracts/insert";
import { deliverOutboxJob } from "@/lib/mail/jobs";
import { follow } from "@/lib/notifications/follows";
import { createTestContract, testContractInput } from "@/lib/reports/testing";
import { createTestDatabase, type TestDatabase } from "@/tests/db";
import { auditOf, createCompetition, createOrganization, createUser } from "@/tests/factories";
import { startSmtpSink, type SmtpSink } from "@/tests/smtp";
import { runJob } from "./runner";

/*
 * Time-driven changes happen by running the jobs with an injected clock: nobody opens a page.
 */
process.env.AUTH_SECRET ??= "vitest-secret-for-unsubscribe-links";
let t: TestDatabase;
let admin: Principal;
let smtp: SmtpSink;
const at = (iso: string) => new Date(iso);
const scheduled = (now: Date) => ({ trigger: "schedule" as const, now, slot: now });

beforeAll(async () => {
  vi.stubEnv("APP_URL", "https://wspolnie.example");
  t = await createTestDatabase();
  await seedReferenceData(t.db);
  admin = (await loadPrincipal(t.db, (await createUser(t.db, { isAdmin: true })).id))!;
  smtp = await startSmtpSink();
}, 60_000);
afterAll(async () => {
  vi.unstubAllEnvs();
  await smtp?.close();
  await t?.close();
});

async function jobRow(name: string) {
  const [row] = await t.db.select().from(scheduledJobs).where(eq(scheduledJobs.name, name));
  return row;
}

describe("date-driven changes, by the jobs alone", () => {
  it("a signed contract whose start date has come moves to in progress, audited with the system as the actor", async () => {
    const org = await createOrganization(t.db, "Fundacja Startowa");
    const c = await createTestContract(t.db, org, { status: "signed", startDate: "2025-03-01" });
    expect(await runJob(t.db, "contracts.start", scheduled(at("2025-02-28T23:30:00+01:00")))).toMatchObject({
      outcome: "ok",
      summary: { started: 0 },
    });
    const [before] = await t.db.select({ status: contracts.status }).from(contracts).where(eq(contracts.id, c.id));
    expect(before.status).toBe("signed");

    expect(await runJob(t.db, "contracts.start", scheduled(at("2025-03-01T00:05:00+01:00")))).toMatchObject({
      outcome: "ok",
      summary: { started: 1 },
    });
    const [after] = await t.db.select({ status: contracts.status }).from(contracts).where(eq(contracts.id, c.id));
    expect(after.status).toBe("in_progress");
    const [audit] = await auditOf(t.db, c.id);
    expect(audit).toMatchObject({ action: "contract.start", actorId: null, actorEmail: null, actorSystem: "contracts.start" });
    expect(audit.after).toEqual({ status: "in_progress", on: "2025-03-01" });

    // idempotent: the next run changes nothing and records nothing more
    expect(await runJob(t.db, "contracts.start", scheduled(at("2025-03-01T00:10:00+01:00")))).toMatchObject({ summary: { started: 0 } });
    expect((await auditOf(t.db, c.id)).filter((a) => a.action === "contract.start")).toHaveLength(1);
    expect(await jobRow("contracts.start")).toMatchObject({
      lastOutcome: "ok",
      lastTrigger: "schedule",
      runs: 3,
      failures: 0,
      leaseUntil: null,
    });
  });

  it("a planned consultation opens on its start date and its followers are told once", async () => {
    const announced = at("2026-12-01T12:00:00+01:00");
    const created = await createConsultation(
      t.db,
      admin,
      {
        title: "Program współpracy 2028",
        subject: "Projekt uchwały",
        purpose: "Zebranie opinii",
        department: "Biuro Pełnomocnika",
        territorialScope: "Miasto Białystok",
        audience: "both",
        forms: ["online_comments"],
        startDate: "2026-12-10",
        endDate: "2026-12-31",
        resultsPublication: "Raport w BIP",
        draftMarkdown: "§ 1. Cele.",
        areas: ["ecology"],
      },
      announced,
    );
    if (!created.ok) throw new Error(JSON.stringify(created));
    const id = created.value.id;
    const resident = (await loadPrincipal(t.db, (await createUser(t.db)).id))!;
    await follow(t.db, resident, { consultationId: id });
    const status = async () => (await t.db.select({ s: consultations.status }).from(consultations).where(eq(consultations.id, id)))[0].s;
    expect(await status()).toBe("planned");

    expect(await runJob(t.db, "consultations.status", scheduled(at("2026-12-09T23:59:00+01:00")))).toMatchObject({
      summary: { opened: 0 },
    });
    expect(await status()).toBe("planned");
    expect(await runJob(t.db, "consultations.status", scheduled(at("2026-12-10T00:00:00+01:00")))).toMatchObject({
      outcome: "ok",
      summary: { opened: 1, closed: 0 },
    });
    expect(await status()).toBe("open");
    const mails = await t.db
      .select()
      .from(mailOutbox)
      .where(and(eq(mailOutbox.to, resident.email), eq(mailOutbox.kind, "notification_consultation_opened")));
    expect(mails).toHaveLength(1);
    expect(mails[0].listUnsubscribeUrl).toMatch(/^https:\/\/wspolnie\.example\/api\/unsubscribe\/[\w-]+$/);
    expect(mails[0].text).toContain(`https://wspolnie.example/consultations/${id}`);
    const [audit] = (await auditOf(t.db, id)).filter((a) => a.action === "consultation.changeStatus");
    expect(audit).toMatchObject({ actorSystem: "consultations.status", actorId: null, after: { status: "open" } });

    await runJob(t.db, "consultations.status", scheduled(at("2026-12-11T00:00:00+01:00")));
    expect(
      await t.db
        .select()
        .from(mailOutbox)
        .where(and(eq(mailOutbox.to, resident.email), eq(mailOutbox.kind, "notification_consultation_opened"))),
    ).toHaveLength(1);
    // and it closes after its end date
    expect(await runJob(t.db, "consultations.status", scheduled(at("2027-01-01T00:00:00+01:00")))).toMatchObject({
      summary: { closed: 1 },
    });
    expect(await status()).toBe("closed");
  });

  it("an announced competition's offers close at its deadline", async () => {
    const id = await createCompetition(t.db, "Konkurs z terminem");
    await t.db
      .update(competitions)
      .set({ status: "announced", offerDeadline: at("2026-12-15T16:00:00+01:00") })
      .where(eq(competitions.id, id));
    await runJob(t.db, "competitions.close", scheduled(at("2026-12-15T15:59:00+01:00")));
    expect((await t.db.select().from(competitions).where(eq(competitions.id, id)))[0].status).toBe("announced");
    expect(await runJob(t.db, "competitions.close", scheduled(at("2026-12-15T16:00:00+01:00")))).toMatchObject({
      summary: { offersClosed: 1 },
    });
    expect((await t.db.select().from(competitions).where(eq(competitions.id, id)))[0].status).toBe("offers_closed");
    expect((await auditOf(t.db, id))[0]).toMatchObject({ action: "competition.closeOffers", actorSystem: "competitions.close" });
  });

  it("a running contract without its reports gets them from the reports.plan job, not from a page", async () => {
    const org = await createOrganization(t.db, "Fundacja Bez Sprawozdań");
    const c = await t.db.transaction((tx) => insertContract(tx, testContractInput(org)));
    expect(await t.db.select().from(contractReports).where(eq(contractReports.contractId, c.id))).toHaveLength(0);
    expect(await runJob(t.db, "reports.plan", scheduled(at("2026-12-01T10:17:00+01:00")))).toMatchObject({ summary: { planned: 1 } });
    expect(await t.db.select().from(contractReports).where(eq(contractReports.contractId, c.id))).toHaveLength(2);
  });
});

describe("each run once, whatever the number of runners", () => {
  it("one scheduled slot runs once: a second runner finds it done", async () => {
    const slot = at("2026-12-02T08:00:00+01:00");
    const outcomes = await Promise.all([
      runJob(t.db, "privacy.retention", scheduled(slot)),
      runJob(t.db, "privacy.retention", scheduled(slot)),
    ]);
    expect(outcomes.filter((o) => o.outcome === "ok")).toHaveLength(1);
    expect(outcomes.filter((o) => o.outcome === "done" || o.outcome === "busy")).toHaveLength(1);
    expect(await runJob(t.db, "privacy.retention", scheduled(slot))).toEqual({ outcome: "done" });
    expect((await jobRow("privacy.retention")).runs).toBe(1);
  });

  it("a job held by another runner is busy; a dead runner's claim lapses", async () => {
    const now = at("2026-12-03T10:00:00+01:00");
    await runJob(t.db, "reports.plan", scheduled(now));
    await t.db
      .update(scheduledJobs)
      .set({ leaseUntil: at("2026-12-03T10:10:00+01:00"), leaseOwner: "another instance" })
      .where(eq(scheduledJobs.name, "reports.plan"));
    expect(await runJob(t.db, "reports.plan", { trigger: "manual", now: at("2026-12-03T10:05:00+01:00") })).toEqual({ outcome: "busy" });
    expect(await runJob(t.db, "reports.plan", { trigger: "manual", now: at("2026-12-03T10:11:00+01:00") })).toMatchObject({
      outcome: "ok",
    });
  });

  it("two runners of the outbox job at once deliver each message once", async () => {
    vi.stubEnv("SMTP_URL", smtp.url);
    vi.stubEnv("MAIL_FROM", "Wspólnie <powiadomienia@wspolnie.example>");
    const queued = await t.db
      .insert(mailOutbox)
      .values(
        Array.from({ length: 8 }, (_, i) => ({ to: `odbiorca${i}@example.test`, subject: `Wiadomość ${i}`, text: "Treść", kind: "test" })),
      )
      .returning({ id: mailOutbox.id });
    const runs = await Promise.all([
      runJob(t.db, "outbox.deliver", { trigger: "manual" }),
      runJob(t.db, "outbox.deliver", { trigger: "manual" }),
    ]);
    // a second run either waits its turn (busy) or finds nothing left: each message arrives once
    const extra = await runJob(t.db, "outbox.deliver", { trigger: "manual" });
    expect([...runs, extra].filter((r) => r.outcome === "ok").length).toBeGreaterThanOrEqual(1);
    const received = smtp.messages.filter((m) => m.subject?.startsWith("Wiadomość ")).map((m) => m.messageId);
    expect(received).toHaveLength(queued.length);
    expect(new Set(received).size).toBe(queued.length);
    vi.unstubAllEnvs();
    vi.stubEnv("APP_URL", "https://wspolnie.example");
  });
});

describe("outcomes are recorded", () => {
  it("a failed run is recorded with its error and audited with the system; the next run works", async () => {
    vi.spyOn(deliverOutboxJob, "run").mockRejectedValueOnce(new Error("SMTP exploded"));
    const failed = await runJob(t.db, "outbox.deliver", scheduled(at("2026-12-04T10:00:00+01:00")));
    expect(failed).toMatchObject({ outcome: "failed", error: expect.stringContaining("SMTP exploded") });
    expect(await jobRow("outbox.deliver")).toMatchObject({ lastOutcome: "failed", leaseUntil: null, leaseOwner: null });
    expect((await jobRow("outbox.deliver")).lastError).toContain("SMTP exploded");
    const [audit] = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, "outbox.deliver"), eq(auditLog.action, "job.run")));
    expect(audit).toMatchObject({ actorSystem: "outbox.deliver", after: { outcome: "failed", trigger: "schedule" } });
    expect(await runJob(t.db, "outbox.deliver", scheduled(at("2026-12-04T10:01:00+01:00")))).toMatchObject({ outcome: "ok" });
    expect(await jobRow("outbox.deliver")).toMatchObject({ lastOutcome: "ok", lastError: null });
  });

  it("a run asked for by an administrator is audited with that person", async () => {
    await runJob(t.db, "privacy.retention", { trigger: "manual", actor: { userId: admin.userId, email: admin.email } });
    const runs = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, "privacy.retention"), eq(auditLog.action, "job.run")));
    expect(runs.at(-1)).toMatchObject({ actorId: admin.userId, actorEmail: admin.email, after: { trigger: "manual", outcome: "ok" } });
  });
});
