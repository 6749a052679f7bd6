import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageHeading } from "@/components/ui/PageHeading";
import { requirePermission } from "@/lib/auth/session";
import { moderationQueue } from "@/lib/consultations/queries";
import { getDb } from "@/lib/db/client";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { ModerateForm } from "../AdminForms";

export default async function ModerationPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePermission(locale, "consultation.moderate", {}, "/admin/consultations/moderation");
  const t = await getTranslations("consultations");
  const queue = await moderationQueue(await getDb());
  return (
    <div>
      <PageHeading title={t("admin.moderation")} />
      {queue.length === 0 ? (
        <p>{t("admin.queueEmpty")}</p>
      ) : (
        <ul className="space-y-4">
          {queue.map((c) => (
            <li key={c.id} className="rounded border border-gray-300 p-3">
              <p className="text-sm">
                <Link href={`/consultations/${c.consultationId}`} className="text-brand-600 underline">{c.consultationTitle}</Link> · <strong>{c.authorName}</strong> · {t("admin.reports", { count: c.reportCount })} ·{" "}
                {c.moderation === "auto_hidden" ? t("admin.stateAutoHidden") : t("admin.stateVisible")}
              </p>
              <p className="my-1 whitespace-pre-line">{c.body}</p>
              <ModerateForm commentId={c.id} author={c.authorName} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
