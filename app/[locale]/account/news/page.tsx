import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { SubscribeForm } from "@/components/news/Forms";
import { PageHeading } from "@/components/ui/PageHeading";
import { requirePermission } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { newsAreaChoices } from "@/lib/news/queries";
import { newsTypes } from "@/lib/news/rules";
import { mySubscription } from "@/lib/news/subscriptions";
import { subscribeAction } from "../../news/actions";

export async function generateMetadata({ params }: { params: Promise<{ locale: Locale }> }): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: "news.account" }))("title") };
}

/** The signed-in person's subscription of the daily mailing (by their account's address): its state, and the way to its topics or to subscribe. */
export default async function AccountNewsPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const principal = await requirePermission(locale, "account.view", {}, "/account/news");
  const db = await getDb();
  const [t, { subscriber, token }] = await Promise.all([getTranslations("news"), mySubscription(db, principal)]);
  const active = subscriber && subscriber.confirmedAt && !subscriber.unsubscribedAt;
  const waiting = subscriber && !subscriber.confirmedAt && !subscriber.unsubscribedAt;
  return (
    <div className="max-w-3xl">
      <PageHeading title={t("account.title")} lead={t("account.lead", { email: principal.email })} />
      {active || waiting ? (
        <>
          <p className="mb-4">{active ? t("account.active") : t("account.waiting")}</p>
          <Link href={`/news/subscription/${token}`} className="text-brand-600 underline">
            {t("account.manage")}
          </Link>
        </>
      ) : (
        <>
          <p className="mb-4">{subscriber ? t("account.off") : t("account.none")}</p>
          <h2 className="mb-4 text-2xl font-bold">{t("account.subscribe")}</h2>
          <SubscribeForm
            action={subscribeAction}
            email={principal.email}
            areas={(await newsAreaChoices(db, locale)).map((a) => ({ value: a.slug, label: a.name }))}
            types={newsTypes.map((k) => ({ value: k, label: t(`types.${k}`) }))}
          />
        </>
      )}
    </div>
  );
}
