import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

/** The three public pages of premises, linked from each other. */
export async function PremisesNav() {
  const t = await getTranslations("premises.nav");
  return (
    <nav aria-label={t("offer")} className="mb-6">
      <ul className="flex flex-wrap gap-4">
        <li>
          <Link href="/premises" className="text-brand-600 underline">
            {t("offer")}
          </Link>
        </li>
        <li>
          <Link href="/premises/rules" className="text-brand-600 underline">
            {t("rules")}
          </Link>
        </li>
        <li>
          <Link href="/premises/register" className="text-brand-600 underline">
            {t("register")}
          </Link>
        </li>
      </ul>
    </nav>
  );
}
