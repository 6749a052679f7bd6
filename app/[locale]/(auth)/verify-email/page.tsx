import { getTranslations, setRequestLocale } from "next-intl/server";
import { verifyEmail } from "@/lib/accounts/commands";
import { getDb } from "@/lib/db/client";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";

export default async function VerifyEmailPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<{ token?: string; returnTo?: string }>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { token, returnTo } = await searchParams;
  const t = await getTranslations("auth");
  const ok = token ? await verifyEmail(await getDb(), token) : false;
  return (
    <div className="max-w-2xl">
      <h1 className="mb-4 text-3xl font-bold">{t("verifyTitle")}</h1>
      <p className="mb-6 text-lg" role="status">
        {ok ? t("verifyOk") : t("verifyFailed")}
      </p>
      {ok && returnTo && <p className="mb-4">{t("verifyNextReturn")}</p>}
      <Link href={{ pathname: "/login", query: returnTo ? { returnTo } : {} }} className="font-semibold text-brand-600 underline">
        {t("submitLogin")}
      </Link>
    </div>
  );
}
