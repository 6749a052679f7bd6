export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  // The per-client limits need the address that connected (lib/http/peer-address.ts), first of all.
  const { stampPeerAddresses } = await import("./lib/http/peer-address");
  stampPeerAddresses();
  const { parseTrustedProxies } = await import("./lib/http/forwarded");
  parseTrustedProxies(process.env.TRUSTED_PROXIES); // a malformed entry stops the start, naming it
  // Links in mail come from APP_URL only: production refuses to start without it.
  const { appUrlProblem } = await import("./lib/mail/links");
  const problem = appUrlProblem();
  if (problem) throw new Error(problem);
  const { bootstrapDatabase } = await import("./lib/db/bootstrap");
  const { seedDemo } = await import("./lib/demo");
  await bootstrapDatabase({ seedDemo: (db) => seedDemo(db) });
  // Background jobs (the outbox, date-driven changes, reminders, digests) run inside the server.
  const { startScheduler } = await import("./lib/jobs/scheduler");
  await startScheduler();
}
