import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageHeading } from "@/components/ui/PageHeading";
import { accountMenu } from "@/lib/auth/menu";
import { rolesOf } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { ChangePasswordForm } from "./ChangePasswordForm";

export default async function AccountPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const principal = await requirePermission(locale, "account.view", {}, "/account");
  const t = await getTranslations("account");
  const shell = await getTranslations("shell");
  const affairs = accountMenu(principal).filter((item) => item.href !== "/account");
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
          <dd>
            {rolesOf(principal)
              .map((role) => t(`roleNames.${role}`))
              .join(", ")}
          </dd>
        </dl>
      </section>
      {affairs.length > 0 && (
        <nav aria-labelledby="affairs" className="mb-8">
          <h2 id="affairs" className="mb-2 text-xl font-bold">
            {t("yourAffairs")}
          </h2>
          <ul className="grid max-w-3xl gap-2 sm:grid-cols-2">
            {affairs.map((item) => (
              <li key={item.href}>
                <Link href={item.href} className="text-brand-600 underline">
                  {shell(item.label)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <p className="mb-8">
        <Link href="/account/privacy" className="text-brand-600 underline">
          {t("privacyLink")}
        </Link>
      </p>
      <section aria-labelledby="change-password">
        <h2 id="change-password" className="mb-4 text-xl font-bold">
          {t("changePassword")}
        </h2>
        <ChangePasswordForm />
      </section>
    </div>
  );
}
