import { getTranslations } from "next-intl/server";
import type { AmendmentChanges } from "@/lib/contracts/amendments";
import type { ContractView } from "@/lib/contracts/queries";
import { formatDateTime, formatDay } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/routing";
import { money } from "./format";

type Amendment = ContractView["amendments"][number];

/** The changes asked for, in words (line shifts as "before → after"). */
export async function changeLines(view: ContractView, changes: AmendmentChanges, locale: Locale): Promise<string[]> {
  const t = await getTranslations("contracts.view.change");
  const out: string[] = [];
  if (changes.startDate) out.push(t("startDate", { value: formatDay(changes.startDate, locale) }));
  if (changes.endDate) out.push(t("endDate", { value: formatDay(changes.endDate, locale) }));
  if (changes.bankAccount) out.push(t("bankAccount", { value: changes.bankAccount }));
  for (const r of changes.representatives ?? [])
    out.push(t("representatives", { value: r.representatives.map((p) => `${p.name}${p.role ? `, ${p.role}` : ""}`).join("; ") }));
  changes.lineGrants?.forEach((g, i) => {
    const line = view.terms.costLines[i];
    if (line && g !== line.grantGrosze)
      out.push(t("lineGrant", { name: line.name, year: line.year, before: money(line.grantGrosze, locale), after: money(g, locale) }));
  });
  return out;
}

/** Requests for amendments with their decisions; the administrator's page adds a decision form. */
export async function Amendments({
  view,
  locale,
  decide,
}: {
  view: ContractView;
  locale: Locale;
  decide?: (a: Amendment) => React.ReactNode;
}) {
  const t = await getTranslations("contracts");
  const items = await Promise.all(
    view.amendments.map(async (a) => ({
      a,
      lines: a.status === "requested" ? await changeLines(view, a.changes as AmendmentChanges, locale) : [],
    })),
  );
  return (
    <section aria-labelledby="contract-amendments" className="mb-8 max-w-4xl">
      <h2 id="contract-amendments" className="mb-2 text-xl font-bold">
        {t("view.amendments")}
      </h2>
      {items.length === 0 && <p>{t("view.noAmendments")}</p>}
      <ul className="space-y-4">
        {items.map(({ a, lines }) => (
          <li key={a.id} className="border-l-4 border-brand-600 bg-brand-50 p-4" data-testid="amendment">
            <p className="font-semibold">
              {a.number ? t("view.amendmentNo", { number: a.number }) : t("view.changes")} — {t(`amendmentStatuses.${a.status}`)}
            </p>
            <p className="text-sm text-muted">
              {t("view.requestedBy", { name: a.requesterName ?? "—", date: formatDateTime(a.requestedAt, locale) })}
            </p>
            <p className="mt-2">
              <strong>{t("view.justification")}:</strong> {a.justification}
            </p>
            {lines.length > 0 && (
              <ul className="mt-2 list-disc pl-5">
                {lines.map((l) => (
                  <li key={l}>{l}</li>
                ))}
              </ul>
            )}
            {a.decisionReason && (
              <p className="mt-2">
                <strong>{t("view.decision")}:</strong> {a.decisionReason}
              </p>
            )}
            {a.status === "requested" && decide?.(a)}
          </li>
        ))}
      </ul>
    </section>
  );
}
