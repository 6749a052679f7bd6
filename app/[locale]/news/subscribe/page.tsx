import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { SubscribeForm } from "@/components/news/Forms";
import { PageHeading } from "@/components/ui/PageHeading";
import { currentPrincipal } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import type { Locale } from "@/lib/i18n/routing";
import { newsAreaChoices } from "@/lib/news/queries";
import { newsTypes } from "@/lib/news/rules";
import { subscribeAction } from "../actions";

export async function generateMetadata({ params }: { params: Promise<{ locale: Locale }> }): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: "news.subscribe" }))("title") };
}

/** Public: subscribe to the daily mailing with an e-mail address (no account needed; double opt-in). */
export default async function SubscribePage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  await connection();
  const [t, areas, principal] = await Promise.all([getTranslations("news"), newsAreaChoices(await getDb(), locale), currentPrincipal()]);
  return (
    <div className="max-w-3xl">
      <PageHeading title={t("subscribe.title")} lead={t("subscribe.lead")} />
      <SubscribeForm
        action={subscribeAction}
        email={principal?.email}
        areas={areas.map((a) => ({ value: a.slug, label: a.name }))}
        types={newsTypes.map((k) => ({ value: k, label: t(`types.${k}`) }))}
      />
    </div>
  );
}
