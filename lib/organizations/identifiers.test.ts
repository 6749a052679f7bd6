import { describe, expect, it } from "vitest";
import { isValidKrs, isValidNip, isValidRegon, krsSchema, nipSchema, optionalNipSchema, regonSchema } from "./identifiers";

describe("NIP", () => {
  it("accepts a valid number, also with dashes, spaces or a PL prefix", () => {
    expect(isValidNip("1234563218")).toBe(true);
    expect(isValidNip("123-456-32-18")).toBe(true);
    expect(isValidNip("PL 123 456 32 18")).toBe(true);
  });
  it("refuses a typo (one changed digit or two swapped)", () => {
    expect(isValidNip("1234563219")).toBe(false);
    expect(isValidNip("1234653218")).toBe(false);
  });
  it("refuses a wrong length or letters", () => {
    expect(isValidNip("123456321")).toBe(false);
    expect(isValidNip("12345632188")).toBe(false);
    expect(isValidNip("12345632a8")).toBe(false);
  });
  it("refuses a number whose checksum would be 10", () => {
    // Body 900000000: 6*9 = 54 ≡ 10 (mod 11), so no last digit makes it valid.
    for (let last = 0; last <= 9; last++) expect(isValidNip(`900000000${last}`)).toBe(false);
  });
  it("zod: gives message keys for a typo and a wrong length, normalizes a valid value", () => {
    expect(nipSchema.safeParse("1234563219").error?.issues[0].message).toBe("errors.nipChecksum");
    expect(nipSchema.safeParse("12345").error?.issues[0].message).toBe("errors.nipLength");
    expect(nipSchema.parse(" 123-456-32-18 ")).toBe("1234563218");
    expect(optionalNipSchema.parse("")).toBeNull();
  });
});

describe("REGON", () => {
  it("accepts valid 9- and 14-digit numbers", () => {
    expect(isValidRegon("123456785")).toBe(true);
    expect(isValidRegon("12345678512347")).toBe(true);
    expect(isValidRegon("123-456-785")).toBe(true);
  });
  it("refuses typos", () => {
    expect(isValidRegon("123456786")).toBe(false);
    expect(isValidRegon("12345678512348")).toBe(false);
    // a valid 14-digit check on top of an invalid 9-digit base
    expect(isValidRegon("12345678612347")).toBe(false);
  });
  it("refuses other lengths", () => {
    expect(isValidRegon("12345678")).toBe(false);
    expect(isValidRegon("1234567851")).toBe(false);
    expect(isValidRegon("123456785123")).toBe(false);
  });
  it("zod: message keys", () => {
    expect(regonSchema.safeParse("123456786").error?.issues[0].message).toBe("errors.regonChecksum");
    expect(regonSchema.safeParse("1234").error?.issues[0].message).toBe("errors.regonLength");
    expect(regonSchema.parse("12345678512347")).toBe("12345678512347");
  });
});

describe("KRS", () => {
  it("is exactly 10 digits", () => {
    expect(isValidKrs("0000123456")).toBe(true);
    expect(isValidKrs("0000 123 456")).toBe(true);
    expect(isValidKrs("123456")).toBe(false);
    expect(isValidKrs("00001234567")).toBe(false);
    expect(isValidKrs("000012345X")).toBe(false);
    expect(krsSchema.safeParse("123").error?.issues[0].message).toBe("errors.krsLength");
  });
});
