/**
 * Zod schemas of the write side of the directory (profile, join requests, invitations, member
 * changes). Pure, safe for client code. Messages are keys: "errors.x" is looked up first in the
 * module's `orgManageErrors` namespace, then in the shared `errors` one.
 */
import { z } from "zod";
import { legalForms, memberRoles } from "@/lib/db/schema/organizations";
import { optionalKrsSchema, optionalNipSchema, optionalRegonSchema } from "./identifiers";
import { hideableFields } from "./public";
import { idSchema } from "@/lib/core/ids";

/** The legal forms of an organization, for the forms and filters (app/ never imports the database schema). */
export { legalForms };

/** An empty input is "not given" (null), whatever the field. */
const blankToNull = (value: unknown) => (typeof value === "string" && value.trim() === "" ? null : value);

const optionalText = (max: number) => z.preprocess(blankToNull, z.string().trim().max(max, "errors.tooLong").nullable().optional());

/** Checkboxes arrive as "on" (HTML) or "true" (CSV, API); anything else is false. */
const checkbox = z.preprocess((value) => value === "on" || value === "true" || value === true, z.boolean());

/** Multi-value fields (checkbox groups) arrive as a string or a string array. */
const stringList = z.preprocess(
  (value) => (value === undefined || value === null || value === "" ? [] : Array.isArray(value) ? value : [value]),
  z.array(z.string().trim()),
);

const url = z.preprocess(
  blankToNull,
  z
    .string()
    .trim()
    .max(300, "errors.tooLong")
    .refine((value) => /^https?:\/\/[^\s.]+\.[^\s]+$/i.test(value), "errors.url")
    .nullable()
    .optional(),
);

/** Social links: one per line in the form (or separated by " | " in CSV). */
const socialLinks = z.preprocess(
  (value) =>
    typeof value === "string"
      ? value
          .split(/\r?\n|\s\|\s/)
          .map((line) => line.trim())
          .filter(Boolean)
      : (value ?? []),
  z
    .array(
      z
        .string()
        .max(300, "errors.tooLong")
        .regex(/^https?:\/\/\S+$/i, "errors.url"),
    )
    .max(10, "errors.tooMany"),
);

/** A sanity bound only: the form asks for a past year. */
const maxYear = 2100;

export const organizationProfileSchema = z.object({
  name: z.string("errors.required").trim().min(3, "errors.nameTooShort").max(250, "errors.tooLong"),
  shortName: optionalText(80),
  legalForm: z.enum(legalForms, "errors.legalFormRequired"),
  publicBenefitStatus: checkbox,
  krs: optionalKrsSchema,
  branchName: optionalText(200),
  otherRegisterName: optionalText(200),
  otherRegisterNumber: optionalText(50),
  nip: optionalNipSchema,
  regon: optionalRegonSchema,
  street: optionalText(200),
  postalCode: z.preprocess(
    blankToNull,
    z
      .string()
      .trim()
      .regex(/^\d{2}-\d{3}$/, "errors.postalCode")
      .nullable()
      .optional(),
  ),
  city: z.preprocess((value) => blankToNull(value) ?? "Białystok", z.string().trim().max(100, "errors.tooLong")),
  districtSlug: z.preprocess(blankToNull, z.string().max(80).nullable().optional()),
  areas: stringList.pipe(z.array(z.string()).max(30, "errors.tooMany")),
  mission: optionalText(1000),
  description: optionalText(5000),
  yearFounded: z.preprocess(
    blankToNull,
    z.coerce.number("errors.year").int("errors.year").min(1800, "errors.year").max(maxYear, "errors.year").nullable().optional(),
  ),
  email: z.preprocess(
    blankToNull,
    z.string().trim().toLowerCase().max(254, "errors.tooLong").pipe(z.email("errors.email")).nullable().optional(),
  ),
  phone: z.preprocess(
    blankToNull,
    z
      .string()
      .trim()
      .regex(/^[+\d][\d\s()-]{5,24}$/, "errors.phone")
      .nullable()
      .optional(),
  ),
  website: url,
  socialLinks,
  takesVolunteers: checkbox,
  hiddenFields: stringList.pipe(z.array(z.enum(hideableFields, "errors.invalid"))),
});

export type OrganizationProfile = z.infer<typeof organizationProfileSchema>;

/**
 * KRS, NIP or a number in another register identifies an organization: registration needs one of
 * them (duplicates are found by KRS with the branch, and by NIP). A register number needs its register.
 */
export const registrationSchema = organizationProfileSchema
  .refine((v) => !!v.krs || !!v.nip || !!v.otherRegisterNumber, { path: ["krs"], message: "errors.krsOrNipRequired" })
  .refine((v) => !v.otherRegisterNumber || !!v.otherRegisterName, {
    path: ["otherRegisterName"],
    message: "errors.otherRegisterNameRequired",
  });

export const editProfileSchema = registrationSchema.and(z.object({ organizationId: idSchema }));

export const joinRequestSchema = z.object({
  organizationId: idSchema,
  message: optionalText(1000),
});

export const decideJoinRequestSchema = z.object({
  requestId: idSchema,
  decision: z.enum(["approve", "refuse"], "errors.invalid"),
  role: z.enum(memberRoles).default("editor"),
  reason: optionalText(1000),
});

export const inviteSchema = z.object({
  organizationId: idSchema,
  email: z
    .string("errors.required")
    .trim()
    .toLowerCase()
    .min(1, "errors.required")
    .max(254, "errors.tooLong")
    .pipe(z.email("errors.email")),
  role: z.enum(memberRoles, "errors.invalid"),
});

export const memberChangeSchema = z.object({
  organizationId: idSchema,
  userId: idSchema,
  action: z.enum(["setOwner", "setEditor", "remove"], "errors.invalid"),
});

export const refuseOrganizationSchema = z.object({
  organizationId: idSchema,
  reason: z.string("errors.reasonRequired").trim().min(5, "errors.reasonRequired").max(2000, "errors.tooLong"),
});

/** Turns FormData into the plain object the schemas read (checkbox groups become arrays). */
export function formInput(formData: FormData, multi: readonly string[] = ["areas", "hiddenFields"]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value !== "string" || key.startsWith("$ACTION")) continue;
    if (!multi.includes(key)) out[key] = value;
    else if (Array.isArray(out[key])) (out[key] as string[]).push(value);
    else out[key] = [value];
  }
  return out;
}

/** What a refused profile form gets back: multi-value fields joined with "|". */
export function echoProfile(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const all = formData.getAll(key).filter((v): v is string => typeof v === "string");
    values[key] = all.join("|");
  }
  for (const multi of ["areas", "hiddenFields"]) values[multi] ??= "";
  return values;
}
