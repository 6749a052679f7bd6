import "server-only";
import { getTranslations } from "next-intl/server";
import { formatDateTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/routing";
import type { getOffer } from "@/lib/offers/queries";

type LoadedOffer = NonNullable<Awaited<ReturnType<typeof getOffer>>>;
type Org = LoadedOffer["organization"];
type Competition = LoadedOffer["competition"];

/** Sections I and II (from the competition and the organization's profile) as label/value rows. */
export async function basicAndProfile(locale: Locale, competition: Competition, org: Org) {
  const [t, tc, to] = await Promise.all([getTranslations("offers"), getTranslations("competitions"), getTranslations("organization")]);
  const basic = [
    { label: t("f.authority"), value: t("f.authorityValue") },
    { label: t("f.competition"), value: `${competition.number} — ${competition.title}` },
    { label: tc("fundingForm"), value: tc(`fundingForms.${competition.fundingForm}`) },
    { label: tc("offerDeadline"), value: competition.offerDeadline ? formatDateTime(competition.offerDeadline, locale) : "—" },
  ];
  const legalForm = to.has(`legalForms.${org.legalForm}` as never) ? to(`legalForms.${org.legalForm}` as never) : org.legalForm;
  const profile = [
    { label: t("f.name"), value: org.name },
    { label: t("f.legalForm"), value: legalForm },
    { label: t("f.krs"), value: org.krs ?? "" },
    { label: t("f.nip"), value: org.nip ?? "" },
    { label: t("f.regon"), value: org.regon ?? "" },
    { label: t("f.address"), value: [org.street, [org.postalCode, org.city].filter(Boolean).join(" ")].filter(Boolean).join(", ") },
    { label: t("f.contact"), value: [org.email, org.phone, org.website].filter(Boolean).join(", ") },
  ];
  return { basic, profile };
}
