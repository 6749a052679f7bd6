import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageHeading } from "@/components/ui/PageHeading";
import { rolesOf } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import type { Locale } from "@/lib/i18n/routing";
import { ChangePasswordForm } from "./ChangePasswordForm";

export default async function AccountPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const principal = await requirePermission(locale, "account.view", {}, "/account");
  const t = await getTranslations("account");
  return (
    <div>
      <PageHeading title={t("title")} />
      <section aria-labelledby="details" className="mb-8">
        <h2 id="details" className="mb-2 text-xl font-bold">
          {t("details")}
        </h2>
        <dl className="grid max-w-xl grid-cols-[auto_1fr] gap-x-6 gap-y-1">
          <dt className="font-semibold">{(await getTranslations("auth"))("name")}</dt>
          <dd>{principal.name}</dd>
          <dt className="font-semibold">{(await getTranslations("auth"))("email")}</dt>
          <dd>{principal.email}</dd>
          <dt className="font-semibold">{t("roles")}</dt>
          <dd>{rolesOf(principal).map((role) => t(`roleNames.${role}`)).join(", ")}</dd>
        </dl>
      </section>
      <section aria-labelledby="change-password">
        <h2 id="change-password" className="mb-4 text-xl font-bold">
          {t("changePassword")}
        </h2>
        <ChangePasswordForm />
      </section>
    </div>
  );
}
