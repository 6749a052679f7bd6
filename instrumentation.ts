export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
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
