export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { bootstrapDatabase } = await import("./lib/db/bootstrap");
  const { seedDemo } = await import("./lib/demo");
  await bootstrapDatabase({ seedDemo: (db) => seedDemo(db) });
}
