import { and, asc, isNull, lt, eq, sql } from "drizzle-orm";
import type { Db, Tx } from "@/lib/db/open";
import { mailOutbox } from "@/lib/db/schema";

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  kind: string;
}

/** Queue a message inside the caller's transaction: it exists only if the change is committed. */
export async function queueMail(tx: Tx, mail: OutgoingMail) {
  const [row] = await tx.insert(mailOutbox).values(mail).returning({ id: mailOutbox.id });
  return row.id;
}

const maxAttempts = 5;

/**
 * Sends unsent messages when SMTP_URL is set. Without it the outbox is the delivery:
 * administrators read it on the outbox page, so the demo works offline.
 */
export async function deliverOutbox(db: Db, smtpUrl = process.env.SMTP_URL) {
  if (!smtpUrl) return 0;
  const { createTransport } = await import("nodemailer");
  const transport = createTransport(smtpUrl);
  const from = process.env.MAIL_FROM ?? "Wspólnie <no-reply@localhost>";
  const pending = await db
    .select()
    .from(mailOutbox)
    .where(and(isNull(mailOutbox.sentAt), lt(mailOutbox.attempts, maxAttempts)))
    .orderBy(asc(mailOutbox.createdAt))
    .limit(50);
  let sent = 0;
  for (const mail of pending) {
    try {
      await transport.sendMail({ from, to: mail.to, subject: mail.subject, text: mail.text });
      await db
        .update(mailOutbox)
        .set({ sentAt: new Date(), attempts: sql`${mailOutbox.attempts} + 1` })
        .where(eq(mailOutbox.id, mail.id));
      sent++;
    } catch (error) {
      await db
        .update(mailOutbox)
        .set({ attempts: sql`${mailOutbox.attempts} + 1`, lastError: String(error).slice(0, 500) })
        .where(eq(mailOutbox.id, mail.id));
    }
  }
  return sent;
}
