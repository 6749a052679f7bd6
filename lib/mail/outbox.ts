import type { Tx } from "@/lib/db/open";
import { mailOutbox } from "@/lib/db/schema";
import type { Locale } from "@/lib/i18n/routing";

export interface OutgoingMail {
  to: string;
  subject: string;
  /** the plain text; the HTML part is generated from it when the message is sent */
  text: string;
  kind: string;
  /** the recipient's language, when known */
  locale?: Locale;
  /**
   * Bulk mail (digests, notices to followers, any mailing): the one-click unsubscribe URL, sent as
   * `List-Unsubscribe` with `List-Unsubscribe-Post` (RFC 8058). Transactional mail has none.
   */
  listUnsubscribeUrl?: string;
}

/** Queue a message inside the caller's transaction: it exists only if the change is committed. */
export async function queueMail(tx: Tx, mail: OutgoingMail) {
  const [row] = await tx.insert(mailOutbox).values(mail).returning({ id: mailOutbox.id });
  return row.id;
}
