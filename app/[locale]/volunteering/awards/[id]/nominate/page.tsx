import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageHeading } from "@/components/ui/PageHeading";
import { nominationForm } from "@/lib/awards/queries";
import { warsawToday } from "@/lib/dates/warsaw";
import { loadPage, pageId } from "@/lib/http/page";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { NominationForm } from "./NominationForm";

/** The nomination form of an edition: needs signing in (and comes back here after it). */
export default async function NominatePage({ params }: { params: Promise<{ locale: Locale; id: string }> }) {
  const { locale } = await params;
  const id = pageId((await params).id);
  setRequestLocale(locale);
  const { edition, organizations } = await loadPage(locale, `/volunteering/awards/${id}/nominate`, (db, principal) =>
    nominationForm(db, principal, id, warsawToday()),
  );
  const t = await getTranslations("awards");
  const title = t("edition", { award: edition.award, year: edition.year });
  return (
    <div className="max-w-3xl">
      <p className="mb-2">
        <Link href={`/volunteering/awards/${edition.id}`} className="text-brand-600 underline">
          {title}
        </Link>
      </p>
      <PageHeading title={t("form.title", { award: edition.award, year: edition.year })} lead={t("form.lead")} />
      {edition.open ? (
        <NominationForm
          editionId={edition.id}
          categories={edition.categories.map((c) => ({ value: c.id, label: c.name }))}
          kinds={edition.nominators.map((k) => ({ value: k, label: t(`nominatorAs.${k}`) }))}
          organizations={organizations.map((o) => ({ value: o.id, label: o.name }))}
        />
      ) : (
        <p>{t("form.closed")}</p>
      )}
    </div>
  );
}
