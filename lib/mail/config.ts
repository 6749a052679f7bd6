import { appUrl } from "./links";

/** Delivery settings, read from the environment each run (a restart is not needed to turn SMTP on). */
export interface DeliverySettings {
  /** smtp:// or smtps:// URL of the relay; unset = no delivery, the outbox page is the mailbox (demo) */
  smtpUrl: string | null;
  /** the From header */
  from: string;
  /** optional address for `List-Unsubscribe: <mailto:…>` next to the one-click link */
  unsubscribeMailto: string | null;
}

export function deliverySettings(env: NodeJS.ProcessEnv = process.env): DeliverySettings {
  return {
    smtpUrl: env.SMTP_URL?.trim() || null,
    from: env.MAIL_FROM?.trim() || `Wspólnie <no-reply@${new URL(appUrl()).hostname}>`,
    unsubscribeMailto: env.MAIL_UNSUBSCRIBE_MAILTO?.trim() || null,
  };
}
