import { describe, expect, it } from "vitest";
import { directoryCsv, type CsvLabels } from "./csv";
import { filtersToQuery, parseDirectoryFilters, parseDirectoryQueryStrict, searchTerms } from "./filters";
import { hideableFields, toPublicOrganization, type OrganizationRow } from "./public";

const row: OrganizationRow = {
  id: "7d7c0d7e-0000-4000-8000-000000000001",
  name: "Fundacja Testowa",
  shortName: "FT",
  legalForm: "foundation",
  publicBenefitStatus: true,
  branchName: null,
  otherRegisterName: null,
  otherRegisterNumber: null,
  krs: "0000123456",
  nip: "1234563218",
  regon: "123456785",
  street: "ul. Lipowa 1",
  postalCode: "15-001",
  city: "Białystok",
  districtSlug: "centrum",
  districtName: "Centrum",
  mission: "Misja",
  description: "Opis",
  yearFounded: 2010,
  email: "biuro@example.org",
  phone: "85 000 00 00",
  website: "https://example.org",
  socialLinks: ["https://facebook.example.com/ft"],
  takesVolunteers: true,
  hiddenFields: ["email", "phone", "street", "nip"],
  verificationStatus: "verified",
  areas: ["health"],
};

describe("toPublicOrganization", () => {
  it("drops hidden fields entirely and never exposes internal columns", () => {
    const org = toPublicOrganization(row)!;
    expect(org).not.toHaveProperty("email");
    expect(org).not.toHaveProperty("phone");
    expect(org).not.toHaveProperty("street");
    expect(org).not.toHaveProperty("nip");
    expect(org).not.toHaveProperty("hiddenFields");
    expect(org).not.toHaveProperty("verificationStatus");
    expect(JSON.stringify(org)).not.toContain("biuro@example.org");
    expect(org).toMatchObject({
      name: "Fundacja Testowa",
      krs: "0000123456",
      website: "https://example.org",
      postalCode: "15-001",
      verified: true,
    });
  });
  it("shows every hideable field when nothing is hidden", () => {
    const org = toPublicOrganization({ ...row, hiddenFields: [] })!;
    for (const field of hideableFields) expect(org).toHaveProperty(field);
  });
  it("returns null for pending and refused organizations", () => {
    expect(toPublicOrganization({ ...row, verificationStatus: "pending" })).toBeNull();
    expect(toPublicOrganization({ ...row, verificationStatus: "refused" })).toBeNull();
  });
});

describe("search terms", () => {
  it("lower-cases, drops diacritics (ł too) and punctuation", () => {
    expect(searchTerms("Białystok, ZDROWIE!")).toEqual(["bialystok", "zdrowie"]);
    expect(searchTerms("Łódź  Świętojańska")).toEqual(["lodz", "swietojanska"]);
  });
  it("drops one-letter words unless nothing else is left, and duplicates", () => {
    expect(searchTerms("pomoc w domu pomoc")).toEqual(["pomoc", "domu"]);
    expect(searchTerms("w")).toEqual(["w"]);
    expect(searchTerms("  ,;  ")).toEqual([]);
  });
});

describe("directory filters from the URL", () => {
  it("keeps valid filters and defaults the order to relevance only with a query", () => {
    const filters = parseDirectoryFilters({
      q: "zdrowie",
      legalForm: "foundation",
      area: "health",
      district: "centrum",
      opp: "1",
      volunteers: "0",
      page: "2",
    });
    expect(filters).toMatchObject({
      q: "zdrowie",
      legalForm: "foundation",
      area: "health",
      district: "centrum",
      opp: true,
      volunteers: false,
      page: 2,
      sort: "relevance",
    });
    expect(parseDirectoryFilters({}).sort).toBe("name");
    expect(parseDirectoryFilters({ sort: "relevance" }).sort).toBe("name");
  });
  it("pages ignore values that do not fit; the API reports them", () => {
    const lenient = parseDirectoryFilters({ legalForm: "kartel", page: "-3", pageSize: "5000" });
    expect(lenient).toMatchObject({ legalForm: undefined, page: 1, pageSize: 20 });
    const strict = parseDirectoryQueryStrict(new URLSearchParams("legalForm=kartel&pageSize=101"));
    expect(strict.ok).toBe(false);
    if (!strict.ok) expect(Object.keys(strict.errors).sort()).toEqual(["legalForm", "pageSize"]);
    expect(parseDirectoryQueryStrict(new URLSearchParams("pageSize=100")).ok).toBe(true);
  });
  it("round-trips through the query string (paging links keep every filter)", () => {
    const filters = parseDirectoryFilters({ q: "sport", district: "bojary", opp: "1", sort: "newest", page: "3" });
    const again = parseDirectoryFilters(filtersToQuery(filters, { page: true }));
    expect(again).toEqual(filters);
  });
});

describe("CSV", () => {
  const labels: CsvLabels = {
    headers: Object.fromEntries(
      [
        "name",
        "shortName",
        "legalForm",
        "publicBenefitStatus",
        "krs",
        "nip",
        "regon",
        "street",
        "postalCode",
        "city",
        "district",
        "areas",
        "mission",
        "yearFounded",
        "email",
        "phone",
        "website",
        "socialLinks",
        "takesVolunteers",
        "profile",
      ].map((c) => [c, c]),
    ) as CsvLabels["headers"],
    legalForm: () => "fundacja",
    yes: "tak",
    no: "nie",
    areaName: (slug) => (slug === "health" ? "Ochrona zdrowia; promocja" : slug),
    profileUrl: (id) => `https://example.test/organizations/${id}`,
  };
  it("starts with a BOM, separates with ; and quotes what needs it", () => {
    const csv = directoryCsv([toPublicOrganization(row)!], labels);
    expect(csv.startsWith("\uFEFFname;shortName;")).toBe(true);
    const line = csv.split("\r\n")[1];
    expect(line).toContain('"Ochrona zdrowia; promocja"');
    expect(line).not.toContain("biuro@example.org");
    expect(line.startsWith("Fundacja Testowa;FT;fundacja;tak;0000123456;;123456785;;15-001;Białystok;Centrum;")).toBe(true);
  });
  it("neutralizes formulas, doubles quotes and ends every row with CRLF", () => {
    const hostile = {
      ...toPublicOrganization(row)!,
      name: '=HYPERLINK("https://evil.example")',
      shortName: "@SUM(A1)",
      mission: "-2+3\nlinia",
    };
    const csv = directoryCsv([hostile], labels);
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(csv.split("\r\n")[1].startsWith(`"'=HYPERLINK(""https://evil.example"")";'@SUM(A1);`)).toBe(true);
    expect(csv).toContain(`;"'-2+3\nlinia";`);
  });
});
