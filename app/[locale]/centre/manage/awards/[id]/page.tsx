import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageHeading } from "@/components/ui/PageHeading";
import { TableRows } from "@/components/ui/TableRows";
import { manageEdition } from "@/lib/awards/queries";
import { loadPage, pageId } from "@/lib/http/page";
import { formatNumber } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { AppointJurorForm, CloseNominationsForm, GalaForm, LaureateForm, PublishForm } from "./EditionForms";

/** Staff: one edition — its jury, the nominations, the jury's ranking, laureates, results and the gala. */
export default async function ManageEditionPage({ params }: { params: Promise<{ locale: Locale; id: string }> }) {
  const { locale } = await params;
  const id = pageId((await params).id);
  setRequestLocale(locale);
  const { edition, jury, nominations, ranking } = await loadPage(locale, `/centre/manage/awards/${id}`, (db, principal) =>
    manageEdition(db, principal, id),
  );
  const t = await getTranslations("awards");
  const m = await getTranslations("awards.manage");
  const columns = [m("position"), m("nominee"), m("category"), m("mean"), m("votes"), m("laureate")];
  return (
    <div className="max-w-5xl">
      <p className="mb-2">
        <Link href="/centre/manage/awards" className="text-brand-600 underline">
          {m("title")}
        </Link>
      </p>
      <PageHeading
        title={m("editionTitle", { award: edition.award, year: edition.year })}
        lead={`${t("status")}: ${t(`statuses.${edition.status}`)}`}
      />
      <p className="mb-6">
        <Link href={`/volunteering/awards/${edition.id}`} className="text-brand-600 underline">
          {m("publicPage")}
        </Link>
      </p>

      <section className="mb-8" aria-labelledby="jury">
        <h2 id="jury" className="mb-2 text-2xl font-bold">
          {m("jury")}
        </h2>
        {jury.length === 0 ? (
          <p className="mb-4">{m("noJury")}</p>
        ) : (
          <ul className="mb-4 list-disc pl-6">
            {jury.map((j) => (
              <li key={j.userId} className="break-words">
                {j.name} ({j.email}) — {j.declaredAt ? m("declared") : m("notDeclared")}
              </li>
            ))}
          </ul>
        )}
        {edition.status !== "published" && <AppointJurorForm editionId={edition.id} />}
      </section>

      <section className="mb-8" aria-labelledby="nominations">
        <h2 id="nominations" className="mb-2 text-2xl font-bold">
          {m("nominations")}
        </h2>
        {nominations.length === 0 ? (
          <p className="mb-4">{m("noNominations")}</p>
        ) : (
          <ul className="mb-4 list-disc pl-6">
            {nominations.map((n) => (
              <li key={n.id}>
                {n.nomineeName} · {n.category} · {m(`nominationStatuses.${n.status}`)}
              </li>
            ))}
          </ul>
        )}
        {edition.status === "nomination" && <CloseNominationsForm editionId={edition.id} />}
      </section>

      {edition.status !== "nomination" && (
        <section className="mb-8" aria-labelledby="ranking">
          <h2 id="ranking" className="mb-2 text-2xl font-bold">
            {m("ranking")}
          </h2>
          <table className="data-table table-stack w-full text-left">
            <caption className="sr-only">{m("ranking")}</caption>
            <thead>
              <tr className="border-b-2 border-gray-700">
                {columns.map((c) => (
                  <th key={c} scope="col" className="py-2 pr-4">
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              <TableRows
                labels={columns}
                rows={ranking.map((row) => [
                  row.position === null ? "—" : String(row.position),
                  row.nomination.nomineeName,
                  row.nomination.category,
                  row.mean === null ? "—" : formatNumber(row.mean, locale),
                  String(row.votes),
                  row.nomination.laureateAt
                    ? `${m("laureateYes")}${
                        edition.status === "published"
                          ? ` (${m("publicationConsent", { state: row.nomination.publicationConsentAt ? m("consentGiven") : m("consentAwaited") })})`
                          : ""
                      }`
                    : m("laureateNo"),
                ])}
              />
            </tbody>
          </table>
          {edition.status === "scoring" && (
            <div className="mt-4 space-y-3">
              {ranking.map((row) => (
                <div key={row.nominationId} className="flex flex-wrap items-center gap-3">
                  <span>{row.nomination.nomineeName}</span>
                  <LaureateForm nominationId={row.nominationId} laureate={!!row.nomination.laureateAt} name={row.nomination.nomineeName} />
                </div>
              ))}
              <p className="max-w-3xl">{m("publishLead")}</p>
              <PublishForm editionId={edition.id} />
            </div>
          )}
        </section>
      )}

      {edition.status === "published" && (
        <section aria-labelledby="gala">
          <h2 id="gala" className="mb-2 text-2xl font-bold">
            {m("galaTitle")}
          </h2>
          {edition.eventId ? (
            <Link href={`/meetings/${edition.eventId}`} className="text-brand-600 underline">
              {m("galaEvent")}
            </Link>
          ) : (
            <>
              <p className="mb-2">{m("galaLead", { year: edition.year })}</p>
              <GalaForm editionId={edition.id} />
            </>
          )}
        </section>
      )}
    </div>
  );
}
