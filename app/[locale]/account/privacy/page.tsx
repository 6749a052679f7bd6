import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Notice } from "@/components/ui/Notice";
import { PageHeading } from "@/components/ui/PageHeading";
import { requirePermission } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { deletionConsequences } from "@/lib/privacy/queries";
import { DeleteAccountForm } from "./DeleteAccountForm";

export async function generateMetadata({ params }: { params: Promise<{ locale: Locale }> }): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: "privacy.account" }))("title") };
}

export default async function AccountPrivacyPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const principal = await requirePermission(locale, "account.view", {}, "/account/privacy");
  const t = await getTranslations("privacy.account");
  const consequences = await deletionConsequences(await getDb(), principal.userId);
  const names = (records: { name?: string; title?: string }[]) => records.map((r) => r.name ?? r.title).join(", ");
  const blocked = principal.isAdmin || consequences.handOverFirst.length > 0 || consequences.openCommissions.length > 0;
  return (
    <div className="max-w-3xl">
      <PageHeading title={t("title")} />
      <p className="mb-8">
        {t.rich("intro", {
          notice: (chunks) => (
            <Link href="/privacy" className="text-brand-600 underline">
              {chunks}
            </Link>
          ),
        })}
      </p>
      <section aria-labelledby="export" className="mb-10">
        <h2 id="export" className="mb-2 text-xl font-bold">
          {t("exportTitle")}
        </h2>
        <p className="mb-3">{t("exportText")}</p>
        <a href="/api/account/export" download className="font-semibold text-brand-600 underline">
          {t("exportLink")}
        </a>
      </section>
      <section aria-labelledby="delete">
        <h2 id="delete" className="mb-2 text-xl font-bold">
          {t("deleteTitle")}
        </h2>
        <h3 className="mb-2 font-bold">{t("consequencesTitle")}</h3>
        <ul className="mb-4 list-disc pl-5">
          {(t.raw("consequences") as string[]).map((line) => (
            <li key={line}>{line}</li>
          ))}
          <li>{t("commentsCount", { count: consequences.comments })}</li>
        </ul>
        {consequences.orphaned.length > 0 && <Notice>{t("orphaned", { names: names(consequences.orphaned) })}</Notice>}
        {principal.isAdmin && <Notice>{t("adminBlocked")}</Notice>}
        {consequences.handOverFirst.length > 0 && <Notice>{t("handOverFirst", { names: names(consequences.handOverFirst) })}</Notice>}
        {consequences.openCommissions.length > 0 && <Notice>{t("openCommissions", { names: names(consequences.openCommissions) })}</Notice>}
        {!blocked && <DeleteAccountForm />}
      </section>
    </div>
  );
}
