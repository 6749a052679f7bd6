import { describe, expect, it } from "vitest";
import { districts } from "@/lib/db/reference-data";
import { districtMentions } from "./district-words";
import { districtStem, searchStem } from "./polish-words";
import { searchTerms, searchWords } from "./filters";

const named = (query: string) =>
  districtMentions(searchTerms(query), [...districts], searchWords).map((m) => ({ terms: m.terms, slugs: m.districts.map((d) => d.slug) }));

describe("district names in the search text", () => {
  it("strips case endings and the locative's alternations", () => {
    expect(["piasta", "piascie"].map(districtStem)).toEqual(["piast", "piast"]);
    expect(["bojary", "bojarach"].map(districtStem)).toEqual(["bojar", "bojar"]);
    expect(["stoczek", "stoczku"].map(districtStem)).toEqual(["stoczk", "stoczk"]);
    expect(["wzgorza", "wzgorzach"].map(districtStem)).toEqual(["wzgor", "wzgor"]);
    expect(districtStem("piaski")).not.toBe(districtStem("piasta"));
  });

  it('reads "Piasta" in any form as both Piasta districts, leaving the other words', () => {
    expect(named("seniorów Piasta")).toEqual([{ terms: ["piasta"], slugs: ["piasta-i", "piasta-ii"] }]);
    expect(named("kluby sportowe na Piaście")).toEqual([{ terms: ["piascie"], slugs: ["piasta-i", "piasta-ii"] }]);
    expect(named("świetlica na Piaskach")).toEqual([{ terms: ["piaskach"], slugs: ["piaski"] }]);
  });

  it("prefers the longest district name and needs all of its words", () => {
    expect(named("rowery Dojlidy Górne")).toEqual([{ terms: ["dojlidy", "gorne"], slugs: ["dojlidy-gorne"] }]);
    expect(named("zwierzęta na Dojlidach")).toEqual([{ terms: ["dojlidach"], slugs: ["dojlidy"] }]);
    expect(named("Wysokim Stoczku")).toEqual([{ terms: ["wysokim", "stoczku"], slugs: ["wysoki-stoczek"] }]);
    expect(named("stoczek")).toEqual([]);
  });

  it("finds nothing in words that name no district", () => {
    expect(named("osoby starsze")).toEqual([]);
    expect(named("pomoc bezdomnym")).toEqual([]);
  });
});

describe("search stems", () => {
  it("are prefixes shared by a word's forms", () => {
    expect(["osoby", "osob", "osobami"].map(searchStem)).toEqual(["osob", "osob", "osob"]);
    expect(["starsze", "starszych"].map(searchStem)).toEqual(["starsz", "starsz"]);
    expect(searchStem("tatarzy")).toBe("tatar");
    expect(searchStem("stoczek")).toBe("stocz");
    expect(searchStem("rak")).toBe("rak");
  });
});
