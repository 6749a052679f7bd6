import { eq, sql } from "drizzle-orm";
import { recordAudit } from "@/lib/audit/record";
import type { Db } from "@/lib/db/open";
import { users } from "@/lib/db/schema";
import { refusalOf, type CommandResult } from "@/lib/forms/result";
import { translator } from "@/lib/i18n/messages";
import { appLink } from "@/lib/mail/links";
import { queueMail } from "@/lib/mail/outbox";
import { authenticate, mailOwnerIfTaken, verifyLinkPath, type ResetRequestContext } from "./commands";
import { changeUnverifiedEmailSchema } from "./schemas";
import { issueToken, revokeTokens } from "./tokens";

/**
 * "Wrong address?" on the check-your-e-mail page: an account still waiting for verification moves
 * to a corrected address, and the new address gets the link (the old one stops working). The
 * password is checked as a log-in is (same throttle, same "invalid" for every wrong answer), so the
 * page cannot be used to take over someone else's pending account or to guess passwords. A new
 * address that already has an account is not revealed: its owner gets the "account exists" mail.
 */
export async function changeUnverifiedEmail(
  db: Db,
  input: Record<string, unknown>,
  ctx: ResetRequestContext,
): Promise<CommandResult<{ email: string }>> {
  const parsed = changeUnverifiedEmailSchema.safeParse(input);
  if (!parsed.success) return refusalOf(parsed.error);
  const { email, password, newEmail } = parsed.data;
  const check = await authenticate(db, { email, password }, ctx.clientIp, ctx.now);
  if (check.ok) return { ok: false, formError: "alreadyVerified" };
  if (check.reason === "delayed") return { ok: false, formError: "loginDelayed" };
  if (check.reason === "invalid") return { ok: false, formError: "changeEmailRefused" };
  const t = translator(ctx.locale);
  await db.transaction(async (tx) => {
    const [user] = await tx
      .select()
      .from(users)
      .where(sql`lower(${users.email}) = ${email}`);
    if (await mailOwnerIfTaken(tx, newEmail, ctx)) return;
    await tx.update(users).set({ email: newEmail }).where(eq(users.id, user.id));
    await revokeTokens(tx, user.id, "verify_email");
    const token = await issueToken(tx, user.id, "verify_email", ctx.now);
    await queueMail(tx, {
      locale: ctx.locale,
      to: newEmail,
      kind: "verify_email",
      subject: t("mail.verifyEmail.subject"),
      text: t("mail.verifyEmail.body", { name: user.name, url: appLink(ctx.locale, verifyLinkPath(token, input.returnTo)) }),
    });
    await recordAudit(tx, {
      actor: { userId: user.id, email: newEmail },
      action: "user.changeEmail",
      entityType: "user",
      entityId: user.id,
      before: { email },
      after: { email: newEmail },
    });
  });
  return { ok: true, value: { email: newEmail } };
}
