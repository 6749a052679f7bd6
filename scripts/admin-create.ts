/**
 * `npm run admin:create -- --email a@b.pl [--name "Jan Kowalski"]`: creates (or promotes) an
 * administrator. The password is read from ADMIN_PASSWORD or asked for on the terminal.
 */
import { createInterface } from "node:readline/promises";
import { parseArgs } from "node:util";
import { sql } from "drizzle-orm";
import { passwordSchema, emailSchema } from "../lib/accounts/schemas";
import { recordAudit } from "../lib/audit/record";
import { hashPassword } from "../lib/auth/password";
import { databaseConfig } from "../lib/db/config";
import { openPglite, openPostgres } from "../lib/db/open";
import { users } from "../lib/db/schema";

async function askPassword() {
  if (process.env.ADMIN_PASSWORD) return process.env.ADMIN_PASSWORD;
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  const password = await rl.question("Password (at least 10 characters): ");
  rl.close();
  return password;
}

async function main() {
  const { values } = parseArgs({ options: { email: { type: "string" }, name: { type: "string" } } });
  const email = emailSchema.safeParse(values.email ?? "");
  if (!email.success) throw new Error("Give a valid --email");
  const password = passwordSchema.safeParse(await askPassword());
  if (!password.success) throw new Error("The password must have 10–200 characters and not be a common one");
  const config = databaseConfig();
  const opened = config.engine === "pglite" ? await openPglite(config.dataDir) : openPostgres(config.url, 1);
  try {
    await opened.migrate();
    const passwordHash = await hashPassword(password.data);
    await opened.db.transaction(async (tx) => {
      const [existing] = await tx
        .select()
        .from(users)
        .where(sql`lower(${users.email}) = ${email.data}`);
      const [user] = existing
        ? await tx
            .update(users)
            .set({ isAdmin: true, active: true, passwordHash })
            .where(sql`${users.id} = ${existing.id}`)
            .returning()
        : await tx
            .insert(users)
            .values({ email: email.data, name: values.name ?? email.data, passwordHash, isAdmin: true, emailVerifiedAt: new Date() })
            .returning();
      await recordAudit(tx, {
        actor: null,
        action: "user.createAdmin",
        entityType: "user",
        entityId: user.id,
        after: { email: user.email, isAdmin: true },
      });
    });
    console.log(`Administrator ${email.data} is ready.`);
  } finally {
    await opened.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
