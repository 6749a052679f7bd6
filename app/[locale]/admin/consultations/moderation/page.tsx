import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageHeading } from "@/components/ui/PageHeading";
import { requirePermission } from "@/lib/auth/session";
import { moderationQueue, type ModerationItem } from "@/lib/consultations/queries";
import { getDb } from "@/lib/db/client";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { ModerateForm } from "../AdminForms";

async function QueueItem({ c }: { c: ModerationItem }) {
  const t = await getTranslations("consultations.admin");
  const author = c.authorName || (await getTranslations("privacy.people"))("deleted");
  const state = c.moderation === "auto_hidden" ? t("stateAutoHidden") : c.moderation === "hidden" ? t("stateHidden") : t("stateVisible");
  return (
    <li className="rounded border border-gray-300 p-3">
      <p className="text-sm">
        <Link href={`/consultations/${c.consultationId}`} className="text-brand-600 underline">
          {c.consultationTitle}
        </Link>{" "}
        · <strong>{author}</strong> · {t("reports", { count: c.reportCount })} · {state}
      </p>
      {c.moderation === "hidden" && c.moderationReason && <p className="text-sm">{t("hiddenReason", { reason: c.moderationReason })}</p>}
      <p className="my-1 whitespace-pre-line">{c.body}</p>
      <ModerateForm commentId={c.id} author={author} hidden={c.moderation === "hidden"} />
    </li>
  );
}

/** Reported and auto-hidden comments to decide on, then those a moderator hid (to restore). */
export default async function ModerationPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePermission(locale, "consultation.moderate", {}, "/admin/consultations/moderation");
  const t = await getTranslations("consultations");
  const { pending, hidden } = await moderationQueue(await getDb());
  return (
    <div>
      <PageHeading title={t("admin.moderation")} />
      <section aria-labelledby="pending" className="mb-8">
        <h2 id="pending" className="mb-3 text-2xl font-bold">
          {t("admin.pending", { count: pending.length })}
        </h2>
        {pending.length === 0 ? (
          <p>{t("admin.queueEmpty")}</p>
        ) : (
          <ul className="space-y-4">
            {pending.map((c) => (
              <QueueItem key={c.id} c={c} />
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="hidden">
        <h2 id="hidden" className="mb-3 text-2xl font-bold">
          {t("admin.hiddenByModerator", { count: hidden.length })}
        </h2>
        {hidden.length === 0 ? (
          <p>{t("admin.noneHidden")}</p>
        ) : (
          <ul className="space-y-4">
            {hidden.map((c) => (
              <QueueItem key={c.id} c={c} />
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
