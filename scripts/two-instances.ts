/**
 * CI: two production instances (`next start` on the existing build, two ports) on one PostgreSQL
 * database (TEST_DATABASE_URL from tests/with-postgres.sh) and one Redis (a redis-server started
 * here on loopback, REDIS_TEST_PORT), checked from the outside through HTTP (README "Several
 * instances"). The changes are made through the journeys' fixtures route (WSPOLNIE_TEST_FIXTURES=1).
 * Prints "N passed, N failed" and exits non-zero on any failure.
 *
 *   bash tests/with-postgres.sh npx tsx scripts/two-instances.ts
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import { startSmtpSink } from "../tests/smtp";
import { stopServer, waitForHealth } from "./server-process";

const adminUrl = process.env.TEST_DATABASE_URL;
if (!adminUrl) throw new Error("TEST_DATABASE_URL is not set (run through tests/with-postgres.sh)");
if (!fs.existsSync(".next/BUILD_ID")) throw new Error("no production build: run `npx next build` first");
const ports = { a: Number(process.env.TWO_INSTANCES_PORT ?? 3300), redis: Number(process.env.REDIS_TEST_PORT ?? 63790) };
const bases = { a: `http://127.0.0.1:${ports.a}`, b: `http://127.0.0.1:${ports.a + 1}` };
const dbName = `wspolnie_two_${process.pid}`;
const demoPassword = "Demo-2026!";

const checks: [string, boolean, string?][] = [];
function check(name: string, ok: boolean, detail?: string) {
  checks.push([name, ok, ok ? undefined : detail]);
}

async function startRedis(): Promise<{ process: ChildProcess; dir: string }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "wspolnie-redis-"));
  const server = spawn(
    "redis-server",
    ["--port", String(ports.redis), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", dir],
    {
      stdio: ["ignore", "ignore", "inherit"],
    },
  );
  const deadline = Date.now() + 10_000;
  const net = await import("node:net");
  while (Date.now() < deadline) {
    const up = await new Promise<boolean>((resolve) => {
      const socket = net.connect(ports.redis, "127.0.0.1", () => {
        socket.end();
        resolve(true);
      });
      socket.on("error", () => resolve(false));
    });
    if (up) return { process: server, dir };
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("redis-server did not start (apt-get install redis-server)");
}

function startInstance(port: number, env: Record<string, string>) {
  return spawn(path.resolve("node_modules/.bin/next"), ["start", "-p", String(port)], {
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ["ignore", "inherit", "inherit"],
    detached: true,
  });
}

async function fixture<T>(base: string, name: string, params: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(`${base}/api/testing/fixtures/${name}`, { method: "POST", body: JSON.stringify(params) });
  if (!response.ok) throw new Error(`fixture ${name}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

/** A public page twice: the second answer must come from the cache. */
async function cachedPage(base: string, pathname: string) {
  await fetch(base + pathname);
  const response = await fetch(base + pathname);
  return { cache: response.headers.get("x-nextjs-cache"), html: await response.text() };
}

/** Log-in through next-auth's credentials endpoint; the session cookie, or null when refused. */
async function logIn(base: string, email: string, password: string) {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookie = csrf.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookie },
    body: new URLSearchParams({ email, password, csrfToken, callbackUrl: `${base}/` }),
  });
  const session = response.headers.getSetCookie().find((c) => c.startsWith("authjs.session-token="));
  return session ? session.split(";")[0] : null;
}

async function me(base: string, cookie: string) {
  const response = await fetch(`${base}/api/me`, { headers: { Cookie: cookie } });
  return ((await response.json()) as { user: { email: string } | null }).user?.email ?? null;
}

async function main() {
  const admin = postgres(adminUrl!, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${dbName}`);
  const url = new URL(adminUrl!);
  url.pathname = `/${dbName}`;
  const db = postgres(url.toString(), { max: 1, onnotice: () => {} });
  const redis = await startRedis();
  const smtp = await startSmtpSink();
  const env = {
    DATABASE_URL: url.toString(),
    DEMO: "1",
    AUTH_SECRET: "ci-two-instances-secret-not-for-production",
    APP_URL: bases.a,
    REDIS_URL: `redis://127.0.0.1:${ports.redis}`,
    REDIS_KEY_PREFIX: `two-${process.pid}`,
    WSPOLNIE_TEST_FIXTURES: "1",
    SMTP_URL: smtp.url,
    JOBS_SCHEDULE: "outbox.deliver=*/2 * * * * *",
    LOGIN_MAX_FAILURES: "10",
  };
  const startedAt = new Date();
  let a: ChildProcess | null = null;
  let b: ChildProcess | null = null;
  try {
    // A first: it migrates and seeds; B then starts on the ready database.
    a = startInstance(ports.a, env);
    await waitForHealth(bases.a);
    b = startInstance(ports.a + 1, env);
    await waitForHealth(bases.b);
    const health = (await (await fetch(`${bases.b}/api/health`)).json()) as { checks: Record<string, string> };
    check(
      "health reports the database, Redis and storage",
      health.checks.database === "ok" && health.checks.redis === "ok" && health.checks.storage === "ok",
      JSON.stringify(health),
    );

    // A profile edited on A shows on B's cached public page at once.
    const organization = await fixture<{ id: string; name: string }>(bases.a, "organizations.withOwner");
    const profile = `/organizations/${organization.id}`;
    const before = await cachedPage(bases.b, profile);
    check(
      "B serves the profile from its cache",
      before.cache === "HIT" && before.html.includes(organization.name),
      `x-nextjs-cache ${before.cache}`,
    );
    const renamed = await fixture<{ name: string }>(bases.a, "scale.renameOrganization", { organizationId: organization.id });
    const after = await fetch(bases.b + profile).then((r) => r.text());
    check("a profile edited on A shows on B's cached page at once", after.includes(renamed.name));

    // A comment posted on A shows on B's cached consultation page at once.
    const consultations = await fixture<{ open: { id: string } }>(bases.a, "consultations.openAndClosed");
    const consultation = `/consultations/${consultations.open.id}`;
    const thread = await cachedPage(bases.b, consultation);
    check("B serves the consultation from its cache", thread.cache === "HIT", `x-nextjs-cache ${thread.cache}`);
    const posted = await fixture<{ body: string }>(bases.a, "scale.commentOn", { consultationId: consultations.open.id });
    const withComment = await fetch(bases.b + consultation).then((r) => r.text());
    check("a comment posted on A shows on B's cached consultation page at once", withComment.includes(posted.body));

    // A session made on A works on B.
    const session = await logIn(bases.a, "admin@demo.test", demoPassword);
    check("log-in on A", session !== null);
    check("the session made on A works on B", session !== null && (await me(bases.b, session)) === "admin@demo.test");

    // Five failed log-ins on A and five on B trip the per-client limit (10).
    for (let i = 0; i < 5; i++) await logIn(bases.a, `nobody-a${i}@example.org`, "wrong-password");
    const beforeLimit = await logIn(bases.b, "ngo@demo.test", demoPassword);
    check("after five failures on A a right password still works on B", beforeLimit !== null);
    for (let i = 0; i < 5; i++) await logIn(bases.b, `nobody-b${i}@example.org`, "wrong-password");
    check(
      "after five more on B the limit refuses even the right password on A",
      (await logIn(bases.a, "ngo@demo.test", demoPassword)) === null,
    );

    // The outbox delivers each message once while both run (each instance ticks every 2 s): the
    // demo's mail and the fixtures' go out through both, and the SMTP server sees no Message-ID twice.
    const queuedHere = await fixture<{ ids: string[] }>(bases.b, "scale.queueMessages", { count: 60 });
    const deadline = Date.now() + 60_000;
    let queued = -1;
    while (Date.now() < deadline) {
      [{ n: queued }] = await db<{ n: number }[]>`
        select count(*)::int as n from mail_outbox where sent_at is null and failed_at is null and next_attempt_at <= now()`;
      if (queued === 0) break;
      await new Promise((r) => setTimeout(r, 1000));
    }
    const [{ sent }] = await db<
      { sent: number }[]
    >`select count(*)::int as sent from mail_outbox where sent_at >= ${startedAt.toISOString()}`;
    const ids = smtp.messages.map((m) => m.messageId);
    const distinct = new Set(ids).size;
    const received = new Set(smtp.messages.flatMap((m) => (Array.isArray(m.to) ? m.to : m.to ? [m.to] : []).map((t) => t.text)));
    const ours = queuedHere.ids.length;
    const oursReceived = [...received].filter((to) => to.startsWith("two-instances-")).length;
    check(
      `the outbox is delivered while both run (${sent} sent, ${queued} due still queued)`,
      queued === 0 && oursReceived === ours,
      `${oursReceived} of ${ours} received`,
    );
    check(`each message once (${ids.length} received, ${distinct} distinct)`, ids.length === distinct && sent <= distinct);

    // SIGTERM of A: B goes on serving, and A's job leases are free.
    const held = await db<{ owner: string }[]>`select lease_owner as owner from scheduled_jobs where lease_owner is not null`;
    await stopServer(a.pid!);
    a = null;
    // a run A had in progress keeps its lease at most 10 s more (lib/jobs/shutdown.ts), not 10 minutes
    const stillHeld = async () =>
      held.length === 0
        ? 0
        : (
            await db<{ n: number }[]>`
              select count(*)::int as n from scheduled_jobs where lease_owner in ${db(held.map((h) => h.owner))} and lease_until > now()`
          )[0].n;
    let leftover = await stillHeld();
    for (let i = 0; i < 30 && leftover > 0; i++) {
      await new Promise((r) => setTimeout(r, 500));
      leftover = await stillHeld();
    }
    check(`after SIGTERM of A no lease it held is left (${held.length} held then)`, leftover === 0, `${leftover} leases still held`);
    const served = await fetch(bases.b + profile);
    check("after SIGTERM of A, B goes on serving", served.status === 200 && (await fetch(`${bases.b}/api/health`)).ok);
  } finally {
    for (const instance of [a, b]) if (instance?.pid) await stopServer(instance.pid);
    redis.process.kill("SIGTERM");
    fs.rmSync(redis.dir, { recursive: true, force: true });
    await smtp.close();
    await db.end();
    await admin.unsafe(`drop database if exists ${dbName} with (force)`).catch(() => {});
    await admin.end();
  }
  for (const [name, ok, detail] of checks) console.log(`${ok ? "✓" : "✗"} ${name}${detail ? ` (${detail})` : ""}`);
  const failed = checks.filter(([, ok]) => !ok).length;
  console.log(`${checks.length - failed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

main().catch((error) => {
  console.error(error);
  console.log("0 passed, 1 failed");
  process.exit(1);
});
