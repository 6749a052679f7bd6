import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

export async function Footer() {
  const t = await getTranslations("shell");
  return (
    <footer className="mt-16 border-t-4 border-brand-600 bg-gray-100 text-sm">
      <div className="mx-auto grid max-w-6xl gap-8 px-4 py-8 sm:grid-cols-2">
        <section aria-labelledby="footer-contact">
          <h2 id="footer-contact" className="mb-2 text-base font-bold">
            {t("footerCentre")}
          </h2>
          <address className="not-italic leading-relaxed">
            {t("footerOffice")}
            <br />
            {t("footerAddress")}
            <br />
            {t("footerPhoneLabel")}:{" "}
            <a href="tel:+48857328220" className="underline">
              (85) 732 82 20
            </a>
            <br />
            {t("footerEmailLabel")}:{" "}
            <a href="mailto:centrum@um.bialystok.pl" className="underline">
              centrum@um.bialystok.pl
            </a>
            <br />
            {t("footerHours")}
          </address>
        </section>
        <section aria-labelledby="footer-links">
          <h2 id="footer-links" className="mb-2 text-base font-bold">
            {t("footerLinks")}
          </h2>
          <ul className="space-y-1">
            <li>
              <Link href="/accessibility" className="underline">
                {t("accessibility")}
              </Link>
            </li>
            <li>
              <Link href="/privacy" className="underline">
                {t("privacy")}
              </Link>
            </li>
            <li>
              <Link href="/terms" className="underline">
                {t("terms")}
              </Link>
            </li>
            <li>
              <Link href="/patronages" className="underline">
                {t("footerPatronages")}
              </Link>
            </li>
          </ul>
          <p className="mt-4 text-muted">{t("footerNote")}</p>
        </section>
      </div>
    </footer>
  );
}
