import { getTranslations, setRequestLocale } from "next-intl/server";
import { Notice } from "@/components/ui/Notice";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { LoggedOutNotice } from "./LoggedOutNotice";

export default async function HomePage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [t, auth] = await Promise.all([getTranslations("home"), getTranslations("auth")]);
  const audiences = [
    { title: t("visitorsTitle"), text: t("visitorsText") },
    { title: t("ngosTitle"), text: t("ngosText") },
    { title: t("cityTitle"), text: t("cityText") },
  ];
  return (
    <div>
      <LoggedOutNotice text={auth("loggedOut")} />
      <section className="mb-10 max-w-3xl">
        <h1 className="mb-4 text-4xl font-bold">{t("title")}</h1>
        <p className="text-xl leading-relaxed">{t("lead")}</p>
      </section>
      <section aria-labelledby="for-whom" className="mb-10">
        <h2 id="for-whom" className="mb-4 text-2xl font-bold">
          {t("forWhom")}
        </h2>
        <ul className="grid gap-4 md:grid-cols-3">
          {audiences.map((audience) => (
            <li key={audience.title} className="rounded border border-gray-300 p-4">
              <h3 className="mb-2 text-lg font-bold">{audience.title}</h3>
              <p>{audience.text}</p>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="sector" className="mb-10 max-w-3xl">
        <h2 id="sector" className="mb-2 text-2xl font-bold">
          {t("sectorTitle")}
        </h2>
        <p>{t("sectorText")}</p>
      </section>
      <section aria-labelledby="start" className="grid gap-6 md:grid-cols-2">
        <div>
          <h2 id="start" className="mb-2 text-2xl font-bold">
            {t("startTitle")}
          </h2>
          <ul className="list-disc space-y-1 pl-5">
            <li>
              <Link href="/register" className="text-brand-600 underline">
                {t("startRegister")}
              </Link>
            </li>
            <li>
              <Link href="/login" className="text-brand-600 underline">
                {t("startLogin")}
              </Link>
            </li>
          </ul>
        </div>
        <Notice>
          <h2 className="mb-1 font-bold">{t("centreTitle")}</h2>
          <p>{t("centreText")}</p>
        </Notice>
      </section>
    </div>
  );
}
