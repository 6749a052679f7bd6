import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageHeading } from "@/components/ui/PageHeading";
import { getDb } from "@/lib/db/client";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { unsubscribeWithToken } from "@/lib/notifications/commands";

export const metadata: Metadata = { robots: { index: false } };

/** One click from a mail: the signed token says who and what; no log-in needed. Never cached. */
export default async function UnsubscribePage({ params }: { params: Promise<{ locale: Locale; token: string }> }) {
  const { locale, token } = await params;
  setRequestLocale(locale);
  await connection();
  const t = await getTranslations("participation.unsubscribe");
  const result = await unsubscribeWithToken(await getDb(), decodeURIComponent(token));
  return (
    <div className="max-w-2xl">
      {result.ok ? (
        <>
          <PageHeading title={t("doneTitle")} />
          <p role="status" className="mb-6 border-l-4 border-green-700 bg-green-50 p-4">
            {t(`done.${result.scope.kind}`)}
          </p>
        </>
      ) : (
        <>
          <PageHeading title={t("invalidTitle")} />
          <p className="mb-6">{t("invalid")}</p>
        </>
      )}
      <p>
        <Link href="/account/notifications" className="text-brand-600 underline">
          {t("manage")}
        </Link>
      </p>
    </div>
  );
}
