import { z } from "zod";
import type { ApplicantProfile } from "@/lib/db/schema/offers";

/**
 * The content of an offer, in the section order of the official form (annex 1 of Dz.U. 2018
 * poz. 2057). Drafts keep what people typed (strings); sums are computed by lib/offers/sums.ts.
 */
/**
 * Character limits of the generator's text answers. The schema drops an answer over its limit, so the
 * generator's fields take no more (maxLength) and show what is left ("zostało N znaków").
 */
export const charLimits = { long: 4000, place: 1000, title: 300, name: 300, person: 200, unit: 50, phone: 50, target: 100 } as const;

const text = (max: number = charLimits.long) => z.string().max(max, "errors.tooLong").catch("");
const list = <T extends z.ZodType>(item: T, max = 60) => z.array(item).max(max).catch([]);

export const costLineSchema = z.object({
  kind: z.enum(["task", "admin"]).catch("task"),
  year: text(4),
  name: text(charLimits.name),
  units: text(20),
  unit: text(charLimits.unit),
  unitCost: text(20),
});
export type CostLineInput = z.infer<typeof costLineSchema>;

/** One party's row of V.C: its share of all costs (V.A) and of the grant (V.B), money as typed. */
export const splitShareSchema = z.object({ organizationId: text(36), costs: text(20), grant: text(20) });
export type SplitShareInput = z.infer<typeof splitShareSchema>;

/** Form VII points 3–4: the applicant declares either "nie zalega" or "zalega"; both are answers, neither is forced. */
const arrearsAnswer = z.enum(["", "none", "owes"]).catch("");
export type ArrearsAnswer = z.infer<typeof arrearsAnswer>;
export const arrearsKeys = ["taxArrears", "socialInsuranceArrears"] as const;

function noDeclarations() {
  return {
    scope: false,
    fees: false,
    taxArrears: "" as const,
    socialInsuranceArrears: "" as const,
    register: false,
    truth: false,
    data: false,
  };
}

/** Drafts saved before the two arrears answers had one tick for both ("does not owe"). */
function withLegacyArrears(value: unknown) {
  if (typeof value !== "object" || value === null || !("arrears" in value)) return value;
  const { arrears, ...rest } = value as Record<string, unknown>;
  const answer = arrears === true ? "none" : "";
  return { taxArrears: answer, socialInsuranceArrears: answer, ...rest };
}

export const offerContentSchema = z.object({
  applicant: z
    .object({
      contactName: text(charLimits.person),
      contactEmail: text(charLimits.person),
      contactPhone: text(charLimits.phone),
      representatives: list(z.object({ name: text(charLimits.person), role: text(charLimits.person) }), 10),
    })
    .catch({ contactName: "", contactEmail: "", contactPhone: "", representatives: [] }),
  task: z
    .object({
      title: text(charLimits.title),
      startDate: text(10),
      endDate: text(10),
      place: text(charLimits.place),
      description: text(),
      schedule: list(z.object({ action: text(charLimits.name), from: text(10), to: text(10), who: text(charLimits.name) })),
      results: list(z.object({ name: text(charLimits.name), target: text(charLimits.target), measure: text(charLimits.name) })),
    })
    .catch({ title: "", startDate: "", endDate: "", place: "", description: "", schedule: [], results: [] }),
  resources: z.object({ experience: text(), resources: text() }).catch({ experience: "", resources: "" }),
  costs: z.object({ lines: list(costLineSchema, 200) }).catch({ lines: [] }),
  sources: z
    .object({
      requestedGrant: text(20),
      ownFinancial: text(20),
      volunteerHours: text(20),
      volunteerRate: text(20),
      otherNonFinancial: text(20),
      participantFees: text(20),
    })
    .catch({ requestedGrant: "", ownFinancial: "", volunteerHours: "", volunteerRate: "", otherNonFinancial: "", participantFees: "" }),
  /**
   * V.C (joint offers, art. 14 ust. 2 uodpp): each party's share of the task's costs and of the grant,
   * keyed by organization, as typed. `note` is the free text of offers written before V.C was a
   * table: kept so that old offers stay readable, never edited any more.
   */
  split: z
    .object({ shares: list(splitShareSchema, 20), note: text() })
    // a fresh object per parse: a shared default would be mutated by whoever edits one offer's split
    .catch(() => ({ shares: [], note: "" })),
  other: z.object({ paid: z.enum(["", "free", "paid"]).catch(""), info: text() }).catch({ paid: "", info: "" }),
  declarations: z.preprocess(
    withLegacyArrears,
    z
      .object({
        scope: z.boolean().catch(false),
        fees: z.boolean().catch(false),
        taxArrears: arrearsAnswer,
        socialInsuranceArrears: arrearsAnswer,
        register: z.boolean().catch(false),
        truth: z.boolean().catch(false),
        data: z.boolean().catch(false),
      })
      .catch(noDeclarations()),
  ),
});
export type OfferContent = z.infer<typeof offerContentSchema>;

/** The ticked declarations of form VII (points 1, 2, 5, 6, 7); points 3 and 4 are `arrearsKeys`. */
export const declarationKeys = ["scope", "fees", "register", "truth", "data"] as const;

/** A complete, valid content object from anything (missing parts become empty). */
export function normalizeContent(input: unknown): OfferContent {
  const value = typeof input === "object" && input !== null ? input : {};
  return offerContentSchema.parse(value);
}

export function emptyContent(): OfferContent {
  return normalizeContent({});
}

/** Sections of the task list, in the order of the form. I (basic information) is filled from the competition. */
export const sectionKeys = ["applicant", "task", "resources", "costs", "sources", "split", "other", "declarations"] as const;
export type SectionKey = (typeof sectionKeys)[number];

/** Section II as it stands now; frozen into the offer at submission (a later profile change does not alter a submitted offer). */
export function applicantProfileOf(org: { [K in keyof ApplicantProfile]: ApplicantProfile[K] }): ApplicantProfile {
  const { name, legalForm, krs, nip, regon, street, postalCode, city, email, phone, website } = org;
  return { name, legalForm, krs, nip, regon, street, postalCode, city, email, phone, website };
}
