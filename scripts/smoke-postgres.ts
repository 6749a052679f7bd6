/**
 * CI smoke test: `npm start` against a PostgreSQL server (TEST_DATABASE_URL from
 * tests/with-postgres.sh) migrates, seeds the demo with DEMO=1, and serves the app.
 * Prints "N passed, N failed" and exits non-zero on any failure.
 */
import { spawn } from "node:child_process";
import postgres from "postgres";

const adminUrl = process.env.TEST_DATABASE_URL;
if (!adminUrl) throw new Error("TEST_DATABASE_URL is not set (run through tests/with-postgres.sh)");
const port = 3200;
const base = `http://127.0.0.1:${port}`;
const dbName = `wspolnie_smoke_${process.pid}`;

async function waitForHealth(deadline: number) {
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`${base}/api/health`);
      if (response.ok) return (await response.json()) as { status: string; database: string };
    } catch {
      /* not up yet */
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error("the app did not become healthy in time");
}

async function main() {
  const admin = postgres(adminUrl!, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${dbName}`);
  const url = new URL(adminUrl!);
  url.pathname = `/${dbName}`;
  const server = spawn("npx", ["tsx", "scripts/start.ts"], {
    env: { ...process.env, DATABASE_URL: url.toString(), DEMO: "1", PORT: String(port), AUTH_SECRET: "ci-smoke-secret-not-for-production" },
    stdio: ["ignore", "inherit", "inherit"],
    detached: true,
  });
  const checks: [string, boolean][] = [];
  try {
    const health = await waitForHealth(Date.now() + 120_000);
    checks.push(["health answers postgresql", health.status === "ok" && health.database === "postgresql"]);
    const login = await (await fetch(`${base}/login`)).text();
    checks.push(["log-in page lists the demo accounts", login.includes("@demo.test") && login.includes("Demo-2026!")]);
    const home = await fetch(`${base}/`);
    checks.push(["home page", home.status === 200]);
    const english = await fetch(`${base}/en`);
    checks.push(["English home page", english.status === 200]);
  } finally {
    try {
      process.kill(-server.pid!, "SIGTERM");
    } catch {
      /* already gone */
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await admin.unsafe(`drop database if exists ${dbName} with (force)`).catch(() => {});
    await admin.end();
  }
  for (const [name, ok] of checks) console.log(`${ok ? "✓" : "✗"} ${name}`);
  const failed = checks.filter(([, ok]) => !ok).length;
  console.log(`${checks.length - failed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

main().catch((error) => {
  console.error(error);
  console.log("0 passed, 1 failed");
  process.exit(1);
});
