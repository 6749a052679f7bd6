import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";

export async function generateMetadata({ params }: { params: Promise<{ locale: Locale }> }): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: "privacy.terms" }))("title") };
}

/** The platform's terms of use: linked from the registration checkbox and the footer. */
export default async function TermsPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("privacy.terms");
  const sections = t.raw("sections") as { title: string; text: string }[];
  return (
    <article className="prose-text max-w-3xl">
      <h1 className="mb-4 text-3xl font-bold">{t("title")}</h1>
      <p className="mb-6">{t("intro")}</p>
      <ol className="list-none space-y-6 p-0">
        {sections.map((section, index) => (
          <li key={section.title}>
            <section aria-labelledby={`terms-${index + 1}`}>
              <h2 id={`terms-${index + 1}`} className="mb-2 text-xl font-bold">
                {`§ ${index + 1}. ${section.title}`}
              </h2>
              <p>{section.text}</p>
            </section>
          </li>
        ))}
      </ol>
      <p className="mt-8">
        <Link href="/privacy" className="text-brand-600 underline">
          {(await getTranslations("shell"))("privacy")}
        </Link>
      </p>
    </article>
  );
}
