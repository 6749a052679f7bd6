import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requirePermission } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { formatDateTime } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { getOutboxMessage } from "@/lib/mail/queries";
import { pageId } from "@/lib/http/page";

export default async function OutboxMessagePage({ params }: { params: Promise<{ locale: Locale; id: string }> }) {
  const { locale } = await params;
  const id = pageId((await params).id);
  setRequestLocale(locale);
  const principal = await requirePermission(locale, "admin.outbox.view", {}, `/admin/outbox/${id}`);
  const mail = await getOutboxMessage(await getDb(), principal, id);
  if (!mail) notFound();
  const t = await getTranslations("admin.outbox");
  return (
    <article className="max-w-3xl">
      <p className="mb-4">
        <Link href="/admin/outbox" className="text-brand-600 underline">
          {t("back")}
        </Link>
      </p>
      <h1 className="mb-4 text-2xl font-bold">{mail.subject}</h1>
      <dl className="mb-6 grid grid-cols-[auto_minmax(0,1fr)] gap-x-6 gap-y-1">
        <dt className="font-semibold">{t("to")}</dt>
        <dd className="break-all">{mail.to}</dd>
        <dt className="font-semibold">{t("created")}</dt>
        <dd>{formatDateTime(mail.createdAt, locale)}</dd>
        <dt className="font-semibold">{t("kind")}</dt>
        <dd className="font-mono">{mail.kind}</dd>
        <dt className="font-semibold">{t("state")}</dt>
        <dd data-testid="outbox-state">
          {t(`states.${mail.state}`)}
          {mail.sentAt && ` · ${formatDateTime(mail.sentAt, locale)}`}
          {mail.failedAt && ` · ${t("failedAt")}: ${formatDateTime(mail.failedAt, locale)}`}
        </dd>
        <dt className="font-semibold">{t("attempts")}</dt>
        <dd>{mail.attempts}</dd>
        {mail.state === "queued" && mail.attempts > 0 && (
          <>
            <dt className="font-semibold">{t("nextAttempt")}</dt>
            <dd>{formatDateTime(mail.nextAttemptAt, locale)}</dd>
          </>
        )}
        {mail.lastError && (
          <>
            <dt className="font-semibold">{t("lastError")}</dt>
            <dd className="break-all">{mail.lastError}</dd>
          </>
        )}
        <dt className="font-semibold">{t("bulk")}</dt>
        <dd>{mail.listUnsubscribeUrl ? t("yes") : t("no")}</dd>
      </dl>
      <pre className="whitespace-pre-wrap rounded border border-gray-300 bg-gray-50 p-4 font-sans">{linkify(mail.text)}</pre>
    </article>
  );
}

/** Links in the plain-text body become clickable, so a demo user can follow a verification link. */
function linkify(text: string) {
  return text.split(/(https?:\/\/\S+)/g).map((part, index) =>
    /^https?:\/\//.test(part) ? (
      <a key={index} href={part} className="break-all text-brand-600 underline">
        {part}
      </a>
    ) : (
      part
    ),
  );
}
