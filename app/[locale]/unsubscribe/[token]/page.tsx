import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageHeading } from "@/components/ui/PageHeading";
import { getDb } from "@/lib/db/client";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { unsubscribeState } from "@/lib/notifications/commands";

export const metadata: Metadata = { robots: { index: false } };

/**
 * The link in a mail: the signed token says who and what; no log-in needed. Opening it changes
 * nothing (mail scanners open links too): one click on the button unsubscribes. Never cached.
 */
export default async function UnsubscribePage({ params }: { params: Promise<{ locale: Locale; token: string }> }) {
  const { locale, token } = await params;
  setRequestLocale(locale);
  await connection();
  const t = await getTranslations("participation.unsubscribe");
  const state = await unsubscribeState(await getDb(), decodeURIComponent(token));
  return (
    <div className="max-w-2xl">
      {!state.ok ? (
        <>
          <PageHeading title={t("invalidTitle")} />
          <p className="mb-6">{t("invalid")}</p>
        </>
      ) : state.done ? (
        <>
          <PageHeading title={t("doneTitle")} />
          <p role="status" className="mb-6 border-l-4 border-green-700 bg-green-50 p-4">
            {t(`done.${state.scope.kind}`)}
          </p>
        </>
      ) : (
        <>
          <PageHeading title={t("confirmTitle")} />
          <p className="mb-6">{t(`confirm.${state.scope.kind}`)}</p>
          <form noValidate method="post" action={`/api/unsubscribe/${encodeURIComponent(token)}`} className="mb-6">
            <input type="hidden" name="source" value="page" />
            <input type="hidden" name="locale" value={locale} />
            <button type="submit" className="rounded bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700">
              {t("confirmButton")}
            </button>
          </form>
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
