import { getTranslations, setRequestLocale } from "next-intl/server";
import { Notice } from "@/components/ui/Notice";
import type { Locale } from "@/lib/i18n/routing";
import { ResendForm } from "../../verify-email/resend/ResendForm";
import { ChangeEmailForm } from "./ChangeEmailForm";

/** After registering (or correcting the address): what to do next, a new link, or a corrected address. */
export default async function CheckEmailPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<{ email?: string; returnTo?: string; changed?: string }>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { email, returnTo, changed } = await searchParams;
  const t = await getTranslations("auth");
  return (
    <div className="max-w-2xl">
      <h1 className="mb-4 text-3xl font-bold">{t("checkEmailTitle")}</h1>
      {changed && <Notice tone="success">{t("emailChanged")}</Notice>}
      <p className="mb-4 text-lg">{t("checkEmailText", { email: email ?? "" })}</p>
      <p className="mb-8">{t("checkEmailSpam")}</p>
      <section aria-labelledby="resend-h" className="mb-8">
        <h2 id="resend-h" className="mb-3 text-xl font-bold">
          {t("checkEmailResendTitle")}
        </h2>
        <ResendForm email={email} returnTo={returnTo} knownEmail />
      </section>
      <section aria-labelledby="change-email-h">
        <h2 id="change-email-h" className="mb-2 text-xl font-bold">
          {t("changeEmailTitle")}
        </h2>
        <p className="mb-4">{t("changeEmailLead")}</p>
        <ChangeEmailForm email={email} returnTo={returnTo} />
      </section>
    </div>
  );
}
