import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageHeading } from "@/components/ui/PageHeading";
import { juryDesk } from "@/lib/awards/queries";
import { loadPage, pageId } from "@/lib/http/page";
import { formatDateTime } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { DeclarationForm } from "../JuryForms";

/** A jury member's desk: the impartiality declaration first, then the consented nominations to score. */
export default async function JuryDeskPage({ params }: { params: Promise<{ locale: Locale; editionId: string }> }) {
  const { locale } = await params;
  const editionId = pageId((await params).editionId);
  setRequestLocale(locale);
  const desk = await loadPage(locale, `/account/awards/${editionId}`, (db, principal) => juryDesk(db, principal, editionId));
  const t = await getTranslations("awards.jury");
  const { edition } = desk;
  return (
    <div className="max-w-3xl">
      <p className="mb-2">
        <Link href="/account/awards" className="text-brand-600 underline">
          {t("title")}
        </Link>
      </p>
      <PageHeading title={t("deskTitle", { award: edition.award, year: edition.year })} />
      {desk.nominations === null ? (
        <section aria-labelledby="declaration">
          <h2 id="declaration" className="mb-2 text-2xl font-bold">
            {t("declarationTitle")}
          </h2>
          <p className="mb-2">{t("declarationLead")}</p>
          <p className="mb-4 border-l-4 border-brand-600 bg-brand-50 p-3">{t("declarationText")}</p>
          <DeclarationForm editionId={edition.id} />
        </section>
      ) : (
        <>
          {desk.declaredAt && <p className="mb-4">{t("signedAt", { date: formatDateTime(desk.declaredAt, locale) })}</p>}
          <h2 className="mb-2 text-2xl font-bold">{t("nominations")}</h2>
          {edition.status === "nomination" && <p className="mb-2">{t("notScoringYet")}</p>}
          {desk.nominations.length === 0 ? (
            <p>{t("noNominations")}</p>
          ) : (
            <ul className="space-y-2">
              {desk.nominations.map((n) => (
                <li key={n.id}>
                  <Link href={`/account/awards/${edition.id}/${n.id}`} className="text-brand-600 underline">
                    {t("open", { name: n.nomineeName })}
                  </Link>{" "}
                  · {n.category} · {n.myTotal === null ? t("todo") : t("scored", { total: n.myTotal })}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </div>
  );
}
