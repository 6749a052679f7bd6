import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { Link } from "@/lib/i18n/navigation";
import { AccountMenu } from "./AccountMenu";
import { LanguageSwitch } from "./LanguageSwitch";
import { MainNav } from "./MainNav";

/** `logoutAction` comes from the layout: the server action lives in app/, which components never import. */
export async function Header({ logoutAction }: { logoutAction: () => Promise<unknown> }) {
  const t = await getTranslations("shell");
  const meta = await getTranslations("meta");
  return (
    <header className="bg-brand-800 text-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href="/" className="flex items-center gap-3 no-underline">
          <span aria-hidden="true" className="grid h-10 w-10 place-items-center rounded bg-white text-lg font-black text-accent-600">
            W
          </span>
          <span className="leading-tight">
            <span className="block text-xl font-bold">{meta("siteName")}</span>
            <span className="block text-xs text-brand-100">{meta("cityName")}</span>
          </span>
        </Link>
        <div className="flex flex-wrap items-center gap-3">
          <Suspense fallback={null}>
            <LanguageSwitch />
          </Suspense>
          <AccountMenu logoutAction={logoutAction} />
        </div>
      </div>
      <nav aria-label={t("mainNav")} className="border-t border-white/20 bg-brand-700 print:hidden">
        <MainNav />
      </nav>
    </header>
  );
}
