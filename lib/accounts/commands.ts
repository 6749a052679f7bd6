import { eq, sql } from "drizzle-orm";
import type { Db, Tx } from "@/lib/db/open";
import { users } from "@/lib/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { authorize, type Principal } from "@/lib/auth/permissions";
import { refusalOf, type CommandResult } from "@/lib/forms/result";
import { translator } from "@/lib/i18n/messages";
import { appLink, type MailContext } from "@/lib/mail/links";
import { safeReturnPath } from "@/lib/http/request";
import { queueMail } from "@/lib/mail/outbox";
import { hashPassword, verifyPassword, decoyPasswordHash } from "@/lib/auth/password";
import { warnOwnerOfLoginDelay } from "@/lib/auth/mail";
import { loginRefusal, recordLoginFailure } from "@/lib/auth/throttle";
import { changePasswordSchema, loginSchema, registerSchema, requestResetSchema, resetPasswordSchema } from "./schemas";
import { recordResetRequest, resetRequestRefusal, type MailedLinkPurpose } from "./reset-limit";
import { revokeUserSessions } from "@/lib/auth/sessions";
import { consumeToken, issueToken, revokeTokens } from "./tokens";

export async function findUserByEmail(db: Db, email: string) {
  const [user] = await db
    .select()
    .from(users)
    .where(sql`lower(${users.email}) = ${email.toLowerCase()}`);
  return user ?? null;
}

/**
 * Registration answers the same whether or not the address is taken, so it cannot be used to
 * probe for accounts; the owner of a taken address gets a mail instead.
 */
/**
 * Whether the address already has an account; if so its owner gets the "account exists" mail (how
 * to log in or reset the password), so whoever typed it learns nothing about the address.
 */
export async function mailOwnerIfTaken(tx: Tx, email: string, ctx: MailContext) {
  const [existing] = await tx
    .select({ id: users.id })
    .from(users)
    .where(sql`lower(${users.email}) = ${email}`);
  if (!existing) return false;
  const t = translator(ctx.locale);
  await queueMail(tx, {
    locale: ctx.locale,
    to: email,
    kind: "account_exists",
    subject: t("mail.accountExists.subject"),
    text: t("mail.accountExists.body", { loginUrl: appLink(ctx.locale, "/login"), resetUrl: appLink(ctx.locale, "/password-reset") }),
  });
  return true;
}

export async function registerUser(db: Db, input: Record<string, unknown>, ctx: MailContext): Promise<CommandResult<{ email: string }>> {
  const parsed = registerSchema.safeParse(input);
  if (!parsed.success) return refusalOf(parsed.error);
  const { name, email, password } = parsed.data;
  const t = translator(ctx.locale);
  const passwordHash = await hashPassword(password);
  await db.transaction(async (tx) => {
    if (await mailOwnerIfTaken(tx, email, ctx)) return;
    // Two registrations racing for one address: the unique index decides, the loser gets nothing.
    const [user] = await tx.insert(users).values({ name, email, passwordHash, locale: ctx.locale }).onConflictDoNothing().returning();
    if (!user) return;
    const token = await issueToken(tx, user.id, "verify_email");
    await queueMail(tx, {
      locale: ctx.locale,
      to: email,
      kind: "verify_email",
      subject: t("mail.verifyEmail.subject"),
      text: t("mail.verifyEmail.body", { name, url: appLink(ctx.locale, verifyLinkPath(token, input.returnTo)) }),
    });
    await recordAudit(tx, {
      actor: { userId: user.id, email },
      action: "user.register",
      entityType: "user",
      entityId: user.id,
      after: { email, name },
    });
  });
  return { ok: true, value: { email } };
}

/**
 * The verification link: it carries the page the person was on when they started registering, so
 * that after verifying and logging in they are brought back there (same-site paths only).
 */
export function verifyLinkPath(token: string, returnTo: unknown) {
  const back = safeReturnPath(returnTo, "");
  return `/verify-email?token=${token}${back ? `&returnTo=${encodeURIComponent(back)}` : ""}`;
}

export async function verifyEmail(db: Db, token: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    const userId = await consumeToken(tx, token, "verify_email");
    if (!userId) return false;
    const [user] = await tx.update(users).set({ emailVerifiedAt: new Date() }).where(eq(users.id, userId)).returning();
    await recordAudit(tx, { actor: { userId, email: user.email }, action: "user.verifyEmail", entityType: "user", entityId: userId });
    return true;
  });
}

/** What a request for a mailed link needs besides the form: the page's language, the client's address and the clock. */
export interface ResetRequestContext extends MailContext {
  clientIp: string;
  now: Date;
}

const mailedLinks = {
  verify_email: { refusedAs: "user.limitVerification", page: "/verify-email", mail: "mail.verifyEmail" },
  reset_password: { refusedAs: "user.limitPasswordReset", page: "/password-reset/new", mail: "mail.resetPassword" },
} as const;

/**
 * A mailed link asked for by e-mail address: "ok" to the caller either way, so whether the address
 * exists is not revealed, nor whether the request was held back by the limits per e-mail and per
 * client (lib/accounts/reset-limit.ts, each kind counted on its own) — then no mail is queued and
 * the audit log keeps the refusal. `wanted` says whether the account may have such a link.
 */
async function requestMailedLink(
  db: Db,
  input: Record<string, unknown>,
  ctx: ResetRequestContext,
  purpose: MailedLinkPurpose,
  wanted: (user: typeof users.$inferSelect) => boolean,
): Promise<CommandResult<null>> {
  const parsed = requestResetSchema.safeParse(input);
  if (!parsed.success) return refusalOf(parsed.error);
  const { email } = parsed.data;
  const { clientIp, now } = ctx;
  const link = mailedLinks[purpose];
  const t = translator(ctx.locale);
  await db.transaction(async (tx) => {
    const [user] = await tx
      .select()
      .from(users)
      .where(sql`lower(${users.email}) = ${email}`);
    const refusal = await resetRequestRefusal(tx, email, clientIp, now, purpose);
    if (refusal) {
      await recordAudit(tx, {
        actor: null,
        action: link.refusedAs,
        entityType: "user",
        entityId: user?.id ?? email,
        after: { email, clientIp, limit: refusal },
      });
      return;
    }
    await recordResetRequest(tx, email, clientIp, now, purpose);
    if (!user || !user.active || !wanted(user)) return;
    const token = await issueToken(tx, user.id, purpose, now);
    await queueMail(tx, {
      locale: ctx.locale,
      to: user.email,
      kind: purpose,
      subject: t(`${link.mail}.subject`),
      text: t(`${link.mail}.body`, {
        name: user.name,
        url: appLink(ctx.locale, purpose === "verify_email" ? verifyLinkPath(token, input.returnTo) : `${link.page}?token=${token}`),
      }),
    });
  });
  return { ok: true, value: null };
}

/** A new verification link for an account still waiting (limited like the reset requests). */
export function resendVerification(db: Db, input: Record<string, unknown>, ctx: ResetRequestContext) {
  return requestMailedLink(db, input, ctx, "verify_email", (user) => !user.emailVerifiedAt);
}

/** A password-reset link for an active account. */
export function requestPasswordReset(db: Db, input: Record<string, unknown>, ctx: ResetRequestContext) {
  return requestMailedLink(db, input, ctx, "reset_password", () => true);
}

export async function resetPassword(db: Db, input: Record<string, unknown>, now = new Date()): Promise<CommandResult<null>> {
  const parsed = resetPasswordSchema.safeParse(input);
  if (!parsed.success) return refusalOf(parsed.error);
  const passwordHash = await hashPassword(parsed.data.password);
  return db.transaction(async (tx) => {
    const userId = await consumeToken(tx, parsed.data.token, "reset_password", now);
    if (!userId) return { ok: false, formError: "tokenInvalid" } as const;
    // A reset proves control of the mailbox, so it also verifies the address.
    const [user] = await tx
      .update(users)
      .set({ passwordHash, emailVerifiedAt: sql`coalesce(${users.emailVerifiedAt}, ${now.toISOString()}::timestamptz)` })
      .where(eq(users.id, userId))
      .returning();
    // Whoever knew the old password (or kept a session) is out: every session of the account ends.
    const endedSessions = await revokeUserSessions(tx, userId, now);
    await recordAudit(tx, {
      actor: { userId, email: user.email },
      action: "user.resetPassword",
      entityType: "user",
      entityId: userId,
      after: { endedSessions },
    });
    return { ok: true, value: null } as const;
  });
}

/**
 * A signed-in person changes their own password (the permission table: only one's own account). The
 * browser that did it stays signed in; every other session ends.
 */
export async function changeOwnPassword(db: Db, principal: Principal | null, input: Record<string, unknown>): Promise<CommandResult<null>> {
  authorize(principal, "account.update", { userId: principal?.userId });
  return changePassword(db, principal.userId, input, principal.sessionId);
}

/**
 * Sets a new password after checking the current one. Every session except `keepSession` ends, and
 * reset links still waiting in the mailbox stop working (the password they would replace is gone).
 */
export async function changePassword(
  db: Db,
  userId: string,
  input: Record<string, unknown>,
  keepSession?: string,
  now = new Date(),
): Promise<CommandResult<null>> {
  const parsed = changePasswordSchema.safeParse(input);
  if (!parsed.success) return refusalOf(parsed.error);
  const [user] = await db.select().from(users).where(eq(users.id, userId));
  if (!user || !(await verifyPassword(user.passwordHash, parsed.data.currentPassword))) {
    return { ok: false, fieldErrors: { currentPassword: ["currentPasswordWrong"] } };
  }
  const passwordHash = await hashPassword(parsed.data.password);
  await db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash }).where(eq(users.id, userId));
    const endedSessions = await revokeUserSessions(tx, userId, now, keepSession);
    await revokeTokens(tx, userId, "reset_password");
    await recordAudit(tx, {
      actor: { userId, email: user.email },
      action: "user.changePassword",
      entityType: "user",
      entityId: userId,
      after: { endedSessions },
    });
  });
  return { ok: true, value: null };
}

export type AuthenticationResult =
  { ok: true; user: { id: string; email: string; name: string } } | { ok: false; reason: "invalid" | "unverified" | "delayed" };

/**
 * Checks a log-in. Every refusal — unknown address, wrong password, inactive account, too many
 * failures from this client — is "invalid", so the answer reveals nothing; only the holder of the
 * right password learns that the address still needs verifying. "delayed": this client failed for
 * this e-mail several times and must wait a little (lib/auth/throttle.ts); the same for any address,
 * with or without an account, and the password is not even checked.
 */
export async function authenticate(db: Db, input: Record<string, unknown>, ip: string, now = new Date()): Promise<AuthenticationResult> {
  const parsed = loginSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: "invalid" };
  const { email, password } = parsed.data;
  const refusal = await loginRefusal(db, email, ip, now);
  if (refusal?.reason === "delay") return { ok: false, reason: "delayed" };
  if (refusal) {
    await db.transaction((tx) => recordLoginFailure(tx, email, ip, now));
    return { ok: false, reason: "invalid" };
  }
  const user = await findUserByEmail(db, email);
  const passwordOk = await verifyPassword(user?.passwordHash ?? (await decoyPasswordHash()), password);
  if (!user || !passwordOk || !user.active) {
    await db.transaction(async (tx) => {
      if (await recordLoginFailure(tx, email, ip, now)) await warnOwnerOfLoginDelay(tx, email, ip, now);
    });
    return { ok: false, reason: "invalid" };
  }
  if (!user.emailVerifiedAt) return { ok: false, reason: "unverified" };
  return { ok: true, user: { id: user.id, email: user.email, name: user.name } };
}
