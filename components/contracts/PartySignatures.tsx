import { getTranslations } from "next-intl/server";
import type { ContractView } from "@/lib/contracts/queries";
import type { Locale } from "@/lib/i18n/routing";
import { day } from "./format";

/** Where each party stands with its signature (a joint contract needs every party's, art. 14 ust. 2 uodpp). */
export async function PartySignatures({ view, locale }: { view: ContractView; locale: Locale }) {
  const t = await getTranslations("contracts.view");
  return (
    <>
      <h3 id="party-signatures" className="mb-1 font-semibold">
        {t("partySignatures")}
      </h3>
      <ul aria-labelledby="party-signatures" className="mb-4 list-disc pl-5">
        {view.signatures.map((s) => (
          <li key={s.organizationId}>
            {s.signedOn
              ? t("partySigned", { name: s.name, date: day(s.signedOn, locale), signatories: s.signatories ?? "" })
              : t("partyNotSigned", { name: s.name })}
          </li>
        ))}
      </ul>
    </>
  );
}
