import type { SendMailOptions } from "nodemailer";
import type { mailOutbox } from "@/lib/db/schema";
import { textToHtml } from "./html";

type OutboxRow = typeof mailOutbox.$inferSelect;

/**
 * The message as it leaves (pure): From from the settings, a text and an HTML part of the same
 * content, a Message-ID made of the outbox id (a receiver can recognise a repeat), and on bulk
 * mail only the one-click unsubscribe headers of RFC 8058.
 */
export function composeMessage(
  row: OutboxRow,
  settings: { from: string; unsubscribeMailto: string | null; host: string },
): SendMailOptions {
  const headers: Record<string, string> = { "Auto-Submitted": "auto-generated" };
  if (row.listUnsubscribeUrl) {
    const targets = [`<${row.listUnsubscribeUrl}>`];
    if (settings.unsubscribeMailto) targets.push(`<mailto:${settings.unsubscribeMailto}?subject=unsubscribe>`);
    headers["List-Unsubscribe"] = targets.join(", ");
    headers["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click";
  }
  return {
    from: settings.from,
    to: row.to,
    subject: row.subject,
    text: row.text,
    html: textToHtml(row.text, { subject: row.subject, locale: row.locale }),
    messageId: `<${row.id}@${settings.host}>`,
    headers,
  };
}
