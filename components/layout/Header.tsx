import { getTranslations } from "next-intl/server";
import type { MenuItem } from "@/lib/auth/menu";
import { Link } from "@/lib/i18n/navigation";
import { localizedPath } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/routing";
import { AccountMenu, type AccountMenuTexts } from "./AccountMenu";
import { LanguageSwitch } from "./LanguageSwitch";
import { MainNav, type NavSection } from "./MainNav";

/** The public sections of the site. */
const sections = [
  { section: "/", label: "home" },
  { section: "/organizations", label: "organizations" },
  { section: "/competitions", label: "competitions" },
  { section: "/consultations", label: "consultations" },
  { section: "/meetings", label: "meetings" },
  { section: "/centre", label: "centre" },
  { section: "/volunteering", label: "volunteering" },
  { section: "/small-grants", label: "smallGrants" },
  { section: "/contracts", label: "contracts" },
  { section: "/news", label: "news" },
] as const;

/** Every label the account menu may show (lib/auth/menu.ts decides which, per person); a Record, so a new label cannot be left out. */
const menuLabelSet: Record<MenuItem["label"], true> = {
  myTodo: true,
  myAccount: true,
  myOrganizations: true,
  myOffers: true,
  myContracts: true,
  mySmallGrants: true,
  myCommissions: true,
  myNotifications: true,
  admin: true,
  adminUsers: true,
  adminAudit: true,
  adminOutbox: true,
  myBookings: true,
  myAdvice: true,
  centreRooms: true,
  centreAdvice: true,
  myVolunteering: true,
  centrePremises: true,
  manageEvents: true,
  newsDesk: true,
  myAnnouncements: true,
  myNewsMailing: true,
  myPatronages: true,
  myPromotion: true,
  managePatronages: true,
  managePromotion: true,
  manageProgrammes: true,
  manageAwards: true,
  myAwardJuries: true,
};
const menuLabels = Object.keys(menuLabelSet) as MenuItem["label"][];

/**
 * The header's client parts (menu button, account menu, language link) get their texts and links
 * from here, translated on the server: none of them needs translation code in the browser.
 * `logoutAction` comes from the layout: the server action lives in app/, which components never import.
 */
export async function Header({ locale, logoutAction }: { locale: Locale; logoutAction: () => Promise<unknown> }) {
  const t = await getTranslations("shell");
  const meta = await getTranslations("meta");
  const nav: NavSection[] = sections.map((s) => ({ href: localizedPath(locale, s.section), section: s.section, label: t(s.label) }));
  const account: AccountMenuTexts = {
    accountMenu: t("accountMenu"),
    login: t("login"),
    register: t("register"),
    logout: t("logout"),
    items: Object.fromEntries(menuLabels.map((label) => [label, t(label)])) as AccountMenuTexts["items"],
  };
  const other: Locale = locale === "pl" ? "en" : "pl";
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
        <div className="ml-auto flex flex-wrap items-center gap-3">
          <LanguageSwitch to={other} label={other === "en" ? t("switchToEnglish") : t("switchToPolish")} />
          <AccountMenu texts={account} logoutAction={logoutAction} />
        </div>
      </div>
      <nav aria-label={t("mainNav")} className="border-t border-white/20 bg-brand-700 print:hidden">
        <MainNav sections={nav} menuLabel={t("menuOpen")} />
      </nav>
    </header>
  );
}
