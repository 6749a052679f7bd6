import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";

export async function generateMetadata({ params }: { params: Promise<{ locale: Locale }> }): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: "accessibility" }))("title") };
}

const sections = ["dates", "status", "features", "prepared", "feedback", "procedure", "architecture"] as const;

export default async function AccessibilityPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("accessibility");
  return (
    <article className="prose-text max-w-3xl">
      <h1 className="mb-4 text-3xl font-bold">{t("title")}</h1>
      <p className="mb-6">{t("intro")}</p>
      {sections.map((section) => (
        <section key={section} aria-labelledby={`a11y-${section}`} className="mb-6">
          <h2 id={`a11y-${section}`} className="mb-2 text-xl font-bold">
            {t(`${section}Title`)}
          </h2>
          {section === "dates" ? (
            <>
              <p>{t("published")}</p>
              <p>{t("updated")}</p>
            </>
          ) : section === "features" ? (
            <ul className="list-disc pl-5">
              {(t.raw("features") as string[]).map((feature) => (
                <li key={feature}>{feature}</li>
              ))}
            </ul>
          ) : (
            <p>{t(section)}</p>
          )}
        </section>
      ))}
    </article>
  );
}
