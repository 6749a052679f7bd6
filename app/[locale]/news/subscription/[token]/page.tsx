import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ConfirmForm, PreferencesForm } from "@/components/news/Forms";
import { PageHeading } from "@/components/ui/PageHeading";
import { getDb } from "@/lib/db/client";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { newsAreaChoices } from "@/lib/news/queries";
import { newsTypes } from "@/lib/news/rules";
import { subscriberByToken } from "@/lib/news/subscriptions";
import { confirmSubscriptionAction, preferencesAction } from "../../actions";

type Params = Promise<{ locale: Locale; token: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: "news.subscription" }))("title"), robots: { index: false } };
}

/**
 * The subscriber's page, by the signed token of their mails (no log-in): the confirmation (double
 * opt-in, one click), the topics, and the unsubscribe button (the same one-click address as the
 * List-Unsubscribe header, RFC 8058).
 */
export default async function SubscriptionPage({ params }: { params: Params }) {
  const { locale, token } = await params;
  setRequestLocale(locale);
  await connection();
  const db = await getDb();
  const t = await getTranslations("news");
  const subscriber = await subscriberByToken(db, decodeURIComponent(token));
  if (!subscriber)
    return (
      <div className="max-w-3xl">
        <PageHeading title={t("subscription.title")} />
        <p>{t("subscription.invalid")}</p>
      </div>
    );
  if (subscriber.unsubscribedAt)
    return (
      <div className="max-w-3xl">
        <PageHeading title={t("subscription.title")} />
        <p role="status" className="mb-4 font-semibold">
          {t("subscription.unsubscribed", { email: subscriber.email })}
        </p>
        <Link href="/news/subscribe" className="text-brand-600 underline">
          {t("subscription.subscribeAgain")}
        </Link>
      </div>
    );
  if (!subscriber.confirmedAt)
    return (
      <div className="max-w-3xl">
        <PageHeading title={t("subscription.title")} lead={t("subscription.confirmLead", { email: subscriber.email })} />
        <ConfirmForm action={confirmSubscriptionAction} token={token} />
      </div>
    );
  const areas = await newsAreaChoices(db, locale);
  return (
    <div className="max-w-3xl">
      <PageHeading title={t("subscription.title")} />
      <section aria-labelledby="topics" className="mb-10">
        <h2 id="topics" className="mb-2 text-2xl font-bold">
          {t("subscription.preferences")}
        </h2>
        <p className="mb-4 [overflow-wrap:anywhere]">{t("subscription.preferencesLead", { email: subscriber.email })}</p>
        <PreferencesForm
          action={preferencesAction}
          token={token}
          areas={areas.map((a) => ({ value: a.slug, label: a.name }))}
          types={newsTypes.map((k) => ({ value: k, label: t(`types.${k}`) }))}
          selected={{ areas: subscriber.areas, types: subscriber.types }}
        />
      </section>
      <section aria-labelledby="unsubscribe">
        <h2 id="unsubscribe" className="mb-2 text-2xl font-bold">
          {t("subscription.unsubscribeTitle")}
        </h2>
        <p className="mb-4">{t("subscription.unsubscribeLead")}</p>
        <form noValidate method="post" action={`/api/news/unsubscribe/${token}`}>
          <input type="hidden" name="source" value="page" />
          <input type="hidden" name="locale" value={locale} />
          <button type="submit" className="rounded bg-accent-600 px-4 py-2 font-semibold text-white hover:bg-red-800">
            {t("subscription.unsubscribe")}
          </button>
        </form>
      </section>
    </div>
  );
}
