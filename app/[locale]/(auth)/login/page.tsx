import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Notice } from "@/components/ui/Notice";
import { isDemoMode } from "@/lib/db/config";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { LoginForm } from "./LoginForm";
import { TableScroll } from "@/components/ui/TableScroll";

export async function generateMetadata({ params }: { params: Promise<{ locale: Locale }> }): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: "auth" }))("loginTitle") };
}

const demoAccounts = ["admin", "ngo", "ngo2", "komisja", "centrum", "mieszkaniec"] as const;

export default async function LoginPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const query = await searchParams;
  const t = await getTranslations("auth");
  return (
    <div className="grid gap-10 lg:grid-cols-2">
      <div>
        <h1 className="mb-2 text-3xl font-bold">{t("loginTitle")}</h1>
        <p className="mb-6 text-muted">{t("loginLead")}</p>
        {query.passwordChanged && <Notice tone="success">{t("passwordChanged")}</Notice>}
        {query.verified && <Notice tone="success">{t("verifyOk")}</Notice>}
        <LoginForm returnTo={query.returnTo} />
        <ul className="mt-6 space-y-2">
          <li>
            <Link href="/password-reset" className="text-brand-600 underline">
              {t("forgotPassword")}
            </Link>
          </li>
          <li>
            {t("noAccount")}{" "}
            <Link
              href={{ pathname: "/register", query: query.returnTo ? { returnTo: query.returnTo } : {} }}
              className="text-brand-600 underline"
            >
              {t("submitRegister")}
            </Link>
          </li>
        </ul>
      </div>
      {isDemoMode() && (
        <section aria-labelledby="demo-accounts" className="self-start rounded border border-gray-300 bg-gray-50 p-4">
          <h2 id="demo-accounts" className="mb-2 text-xl font-bold">
            {t("demoTitle")}
          </h2>
          <p className="mb-3">{t("demoLead", { password: "Demo-2026!" })}</p>
          <TableScroll labelledBy="demo-accounts">
            <table className="w-full text-left text-sm">
              <thead>
                <tr>
                  <th scope="col" className="py-1 pr-2">
                    {t("demoAccount")}
                  </th>
                  <th scope="col" className="py-1">
                    {t("demoRole")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {demoAccounts.map((account) => (
                  <tr key={account} className="border-t border-gray-200">
                    <td className="py-1 pr-2 font-mono">{account}@demo.test</td>
                    <td className="py-1">{t(`demoRoles.${account}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </section>
      )}
    </div>
  );
}
