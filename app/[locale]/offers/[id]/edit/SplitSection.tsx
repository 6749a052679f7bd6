"use client";

import { useTranslations } from "next-intl";
import type { SplitShareInput } from "@/lib/offers/content";
import { formatMoney } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/routing";
import { splitShares, type OfferSums } from "@/lib/offers/rules";
import type { SectionProps } from "./Sections";
import { TableScroll } from "@/components/ui/TableScroll";
import { useReadOnly } from "./readOnly";

const cell = "w-36 rounded border-2 border-gray-700 px-2 py-1 aria-[invalid=true]:border-accent-600";

/**
 * V.C of a joint offer (art. 14 ust. 2 uodpp): each party's share of all costs and of the grant,
 * with live sums against V.A and V.B. Typed amounts are kept as typed (the draft autosaves them).
 */
export function SplitSection({
  content,
  update,
  errorFor,
  sums,
  locale,
  parties,
}: SectionProps & { sums: OfferSums; locale: Locale; parties: { id: string; name: string }[] }) {
  const readOnly = useReadOnly();
  const t = useTranslations("offers");
  if (parties.length < 2) return <p>{t("f.noPartners")}</p>;
  const split = splitShares(
    content,
    parties.map((p) => p.id),
  );
  const typed = (organizationId: string) =>
    content.split.shares.find((s) => s.organizationId === organizationId) ?? { organizationId, costs: "", grant: "" };
  const set = (organizationId: string, patch: Partial<SplitShareInput>) =>
    update((c) => {
      const row = { ...typed(organizationId), ...patch };
      const others = c.split.shares.filter((s) => s.organizationId !== organizationId);
      return { ...c, split: { ...c.split, shares: [...others, row] } };
    });
  const costsError = errorFor("split.costs");
  const grantError = errorFor("split.grant");
  const input = (party: { id: string; name: string }, key: "costs" | "grant") => {
    const field = `split.${key}.${party.id}`;
    const error = errorFor(field);
    return (
      <td className="py-1 pr-2 align-top">
        <input
          disabled={readOnly}
          id={`field-${field}`}
          aria-label={t(key === "costs" ? "f.splitCostsOf" : "f.splitGrantOf", { name: party.name })}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `field-${field}-error` : undefined}
          inputMode="decimal"
          className={cell}
          value={typed(party.id)[key]}
          onChange={(e) => set(party.id, { [key]: e.target.value })}
        />
        {error && (
          <p id={`field-${field}-error`} className="mt-1 text-sm font-semibold text-accent-600">
            {error}
          </p>
        )}
      </td>
    );
  };
  return (
    <>
      <p className="mb-4 max-w-2xl">{t("f.splitLead")}</p>
      {content.split.note.trim() && (
        <div className="mb-4 max-w-2xl border-l-4 border-gray-300 pl-4">
          <p className="font-semibold">{t("f.splitLegacyNote")}</p>
          <p className="whitespace-pre-line">{content.split.note}</p>
        </div>
      )}
      {[
        ["split.costs", costsError],
        ["split.grant", grantError],
      ].map(([field, error]) =>
        error ? (
          <p key={field} id={`field-${field}`} className="mb-2 border-l-4 border-accent-600 pl-3 text-sm font-semibold text-accent-600">
            {error}
          </p>
        ) : null,
      )}
      <TableScroll label={t("f.splitTable")}>
        <table className="w-full text-left">
          <caption className="sr-only">{t("f.splitTable")}</caption>
          <thead>
            <tr className="border-b-2 border-gray-700">
              <th scope="col" className="py-1 pr-2">
                {t("f.splitParty")}
              </th>
              <th scope="col" className="py-1 pr-2">
                {t("f.splitCosts")}
              </th>
              <th scope="col" className="py-1 pr-2">
                {t("f.splitGrant")}
              </th>
            </tr>
          </thead>
          <tbody>
            {parties.map((party, i) => (
              <tr key={party.id} className="border-b border-gray-200">
                <th scope="row" className="py-1 pr-2 font-normal">
                  {party.name}
                  {i === 0 && <span className="text-sm text-muted"> ({t("f.splitLeadParty")})</span>}
                </th>
                {input(party, "costs")}
                {input(party, "grant")}
              </tr>
            ))}
          </tbody>
          <tfoot aria-live="polite">
            <tr className="font-bold">
              <th scope="row" className="py-1 pr-2">
                {t("f.splitTotal")}
              </th>
              <td className="py-1 pr-2" data-testid="split-costs-total">
                {t("f.splitOf", { sum: formatMoney(split.costs, locale), total: formatMoney(sums.totalCost, locale) })}
              </td>
              <td className="py-1 pr-2" data-testid="split-grant-total">
                {t("f.splitOf", { sum: formatMoney(split.grant, locale), total: formatMoney(sums.requestedGrant, locale) })}
              </td>
            </tr>
          </tfoot>
        </table>
      </TableScroll>
    </>
  );
}
