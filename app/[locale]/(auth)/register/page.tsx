import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { RegisterForm } from "./RegisterForm";

export async function generateMetadata({ params }: { params: Promise<{ locale: Locale }> }): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: "auth" }))("registerTitle") };
}

export default async function RegisterPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<{ returnTo?: string }>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { returnTo } = await searchParams;
  const t = await getTranslations("auth");
  return (
    <div>
      <h1 className="mb-2 text-3xl font-bold">{t("registerTitle")}</h1>
      <p className="mb-6 max-w-2xl text-muted">{t("registerLead")}</p>
      <p className="mb-6 max-w-2xl">
        <Link href="/privacy" className="text-brand-600 underline">
          {t("registerPrivacy")}
        </Link>
      </p>
      <RegisterForm returnTo={returnTo} />
      <p className="mt-6">
        {t("haveAccount")}{" "}
        <Link href={{ pathname: "/login", query: returnTo ? { returnTo } : {} }} className="text-brand-600 underline">
          {t("submitLogin")}
        </Link>
      </p>
    </div>
  );
}
