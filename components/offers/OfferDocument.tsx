import { getTranslations } from "next-intl/server";
import { formatDay, formatMoney, formatNumber } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/routing";
import { arrearsKeys, declarationKeys, type OfferContent, type SectionKey } from "@/lib/offers/content";
import { splitShares, type OfferSums } from "@/lib/offers/rules";
import { Link } from "@/lib/i18n/navigation";
import { TableScroll } from "@/components/ui/TableScroll";

interface Props {
  locale: Locale;
  content: OfferContent;
  sums: OfferSums;
  basic: { label: string; value: string }[];
  profile: { label: string; value: string }[];
  /** The lead, then the partners of a joint offer (V.C has a row for each). */
  parties: { id: string; name: string }[];
  checksum: string | null;
  /** "Change" links to the generator (check-your-answers page). */
  changeHref?: string;
}

function Rows({ rows }: { rows: { label: string; value: string }[] }) {
  return (
    <dl className="mb-4">
      {rows.map((r) => (
        <div key={r.label} className="border-b border-gray-200 py-1 sm:grid sm:grid-cols-3 sm:gap-4 print:grid print:grid-cols-3">
          <dt className="font-semibold">{r.label}</dt>
          <dd className="whitespace-pre-line sm:col-span-2 print:col-span-2">{r.value || "—"}</dd>
        </div>
      ))}
    </dl>
  );
}

function Table({ caption, head, rows }: { caption: string; head: string[]; rows: string[][] }) {
  return (
    <TableScroll label={caption} className="mb-4">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="mb-1 text-left font-semibold">{caption}</caption>
        <thead>
          <tr className="border-b-2 border-gray-700">
            {head.map((h) => (
              <th key={h} scope="col" className="py-1 pr-2">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={i} className="border-b border-gray-200 break-inside-avoid">
              {r.map((c, j) => (
                <td key={j} className="py-1 pr-2">
                  {c}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** V.C: each party's share of all costs and of the grant, with the totals they must equal (V.A, V.B). */
async function SplitTable({ content, parties, money }: Pick<Props, "content" | "parties"> & { money: (g: number) => string }) {
  const t = await getTranslations("offers");
  const split = splitShares(
    content,
    parties.map((p) => p.id),
  );
  const amount = (g: number | null) => (g === null ? "—" : money(g));
  return (
    <Table
      caption={t("f.splitTable")}
      head={[t("f.splitParty"), t("f.splitCosts"), t("f.splitGrant")]}
      rows={[
        ...split.shares.map((s, i) => [parties[i].name, amount(s.costsGrosze), amount(s.grantGrosze)]),
        [t("f.splitTotal"), money(split.costs), money(split.grant)],
      ]}
    />
  );
}

/** The offer in the section order of the official form; prints on A4 (see print: classes). */
export async function OfferDocument({ locale, content, sums, basic, profile, parties, checksum, changeHref }: Props) {
  const partners = parties.slice(1).map((p) => p.name);
  const t = await getTranslations("offers");
  const money = (g: number) => formatMoney(g, locale);
  const day = (d: string) => formatDay(d, locale);
  const heading = (key: SectionKey | "basic") => (
    <div className="mb-2 mt-6 flex items-baseline justify-between border-b-2 border-gray-700 print:mt-4 break-after-avoid">
      <h2 className="text-xl font-bold">{t(`sections.${key}`)}</h2>
      {changeHref && key !== "basic" && (
        <Link href={`${changeHref}#section-${key}`} className="text-brand-700 underline print:hidden">
          {t("change")}
          <span className="sr-only"> — {t(`sections.${key}`)}</span>
        </Link>
      )}
    </div>
  );
  const k = content.task;
  return (
    <div className="print:text-[11pt]">
      <header className="mb-4 text-center">
        <p className="text-lg font-bold uppercase">{partners.length ? t("docTitleJoint") : t("docTitle")}</p>
        <p className="text-sm">{t("docLegal")}</p>
        {checksum && (
          <p className="mt-2 font-mono text-base" data-testid="checksum">
            {t("checksum")}: <strong>{checksum}</strong>
          </p>
        )}
      </header>
      {heading("basic")}
      <Rows rows={basic} />
      {heading("applicant")}
      <Rows rows={[...profile, ...(partners.length ? [{ label: t("f.partners"), value: partners.join("\n") }] : [])]} />
      <Table
        caption={t("f.representatives")}
        head={[t("f.repName"), t("f.repRole")]}
        rows={content.applicant.representatives.map((r) => [r.name, r.role])}
      />
      <Rows
        rows={[
          {
            label: t("f.contactName"),
            value: [content.applicant.contactName, content.applicant.contactEmail, content.applicant.contactPhone]
              .filter(Boolean)
              .join(", "),
          },
        ]}
      />
      {heading("task")}
      <Rows
        rows={[
          { label: t("f.title"), value: k.title },
          { label: t("f.startDate"), value: day(k.startDate) },
          { label: t("f.endDate"), value: day(k.endDate) },
          { label: t("f.place"), value: k.place },
          { label: t("f.description"), value: k.description },
        ]}
      />
      <Table
        caption={t("f.schedule")}
        head={["Lp.", t("f.action"), t("f.from"), t("f.to"), t("f.who")]}
        rows={k.schedule.map((r, i) => [String(i + 1), r.action, day(r.from), day(r.to), r.who])}
      />
      <Table
        caption={t("f.results")}
        head={["Lp.", t("f.resultName"), t("f.target"), t("f.measure")]}
        rows={k.results.map((r, i) => [String(i + 1), r.name, r.target, r.measure])}
      />
      {heading("resources")}
      <Rows
        rows={[
          { label: t("f.experience"), value: content.resources.experience },
          { label: t("f.resources"), value: content.resources.resources },
        ]}
      />
      {heading("costs")}
      <Table
        caption={t("sections.costs")}
        head={["Lp.", t("f.kind"), t("f.year"), t("f.costName"), t("f.units"), t("f.unit"), t("f.unitCost"), t("f.lineTotal")]}
        rows={sums.lines.map((l, i) => [
          String(i + 1),
          t(l.kind === "admin" ? "f.kindAdmin" : "f.kindTask"),
          String(l.year),
          l.name,
          formatNumber(l.unitsHundredths / 100, locale),
          l.unit,
          money(l.unitCostGrosze),
          money(l.totalGrosze),
        ])}
      />
      <Rows
        rows={[
          { label: t("f.taskCosts"), value: money(sums.taskCosts) },
          { label: t("f.adminCosts"), value: money(sums.adminCosts) },
          ...(Object.entries(sums.byYear).length > 1
            ? Object.entries(sums.byYear).map(([y, v]) => ({ label: t("f.perYear", { year: y }), value: money(v) }))
            : []),
          { label: t("f.totalCost"), value: money(sums.totalCost) },
        ]}
      />
      {heading("sources")}
      <Rows
        rows={[
          { label: t("f.requestedGrant"), value: money(sums.requestedGrant) },
          { label: t("f.ownFinancial"), value: money(sums.ownFinancial) },
          {
            label: t("f.ownNonFinancial"),
            value: `${money(sums.ownNonFinancial)} (${t("f.volunteerValue")}: ${money(sums.volunteerValue)})`,
          },
          { label: t("f.participantFees"), value: money(sums.participantFees) },
          { label: t("f.sourcesTotal"), value: money(sums.sourcesTotal) },
        ]}
      />
      {partners.length > 0 && (
        <>
          {heading("split")}
          {(content.split.shares.length > 0 || !content.split.note.trim()) && (
            <SplitTable content={content} parties={parties} money={money} />
          )}
          {/* offers written before V.C was a table keep their free-text split */}
          {content.split.note.trim() && <Rows rows={[{ label: t("f.splitLegacyNote"), value: content.split.note }]} />}
        </>
      )}
      {heading("other")}
      <Rows
        rows={[
          { label: t("f.paid"), value: content.other.paid ? t(content.other.paid === "free" ? "f.paidFree" : "f.paidPaid") : "" },
          { label: t("f.otherInfo"), value: content.other.info },
        ]}
      />
      {heading("declarations")}
      <p className="mb-1">{t("f.declarations")}</p>
      <ul className="mb-4 list-disc pl-5">
        {declarationKeys.map((d) => (
          <li key={d}>
            {t(`f.d.${d}`)} <strong>{content.declarations[d] ? t("yes") : t("no")}</strong>
          </li>
        ))}
        {arrearsKeys.map((k) => (
          <li key={k}>
            {t(`f.arrears.${k}`)}: <strong>{content.declarations[k] ? t(`f.arrears.${content.declarations[k]}`) : "—"}</strong>
          </li>
        ))}
      </ul>
      <section aria-labelledby="offer-signatures" className="mb-4 break-inside-avoid">
        <h3 id="offer-signatures" className="mb-2 font-semibold">
          {t("f.signatures")}
        </h3>
        <ul className="grid gap-6 sm:grid-cols-2 print:grid-cols-2">
          {(content.applicant.representatives.length ? content.applicant.representatives : [{ name: "", role: "" }]).map((r, i) => (
            <li key={i} className="pt-10">
              <p className="border-t border-dotted border-gray-700 pt-1 text-sm">
                {t("f.signatureLine")}
                {r.name && `: ${r.name}`}
                {r.role && ` (${r.role})`}
              </p>
            </li>
          ))}
        </ul>
        <p className="mt-4 text-sm">{t("f.signatureDate")}: ……………………</p>
      </section>
      {checksum && (
        <p className="mt-8 hidden font-mono print:block">
          {t("checksum")}: {checksum}
        </p>
      )}
    </div>
  );
}
