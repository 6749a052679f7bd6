import { describe, expect, it } from "vitest";
import { inSection, localizedPath, splitLocale, switchLocale } from "./paths";

describe("locale paths", () => {
  it("prefixes English only", () => {
    expect(localizedPath("pl", "/")).toBe("/");
    expect(localizedPath("pl", "/organizations")).toBe("/organizations");
    expect(localizedPath("en", "/")).toBe("/en");
    expect(localizedPath("en", "/account/todo")).toBe("/en/account/todo");
  });

  it("splits a pathname into its language and path", () => {
    expect(splitLocale("/")).toEqual({ locale: "pl", path: "/" });
    expect(splitLocale("/organizations/abc")).toEqual({ locale: "pl", path: "/organizations/abc" });
    expect(splitLocale("/en")).toEqual({ locale: "en", path: "/" });
    expect(splitLocale("/en/contracts")).toEqual({ locale: "en", path: "/contracts" });
    expect(splitLocale("/pl/contracts")).toEqual({ locale: "pl", path: "/contracts" });
    expect(splitLocale("/pl")).toEqual({ locale: "pl", path: "/" });
    // a Polish path that merely starts with the letters "en"
    expect(splitLocale("/energy")).toEqual({ locale: "pl", path: "/energy" });
  });

  it("switches the language of the same page and keeps its query", () => {
    expect(switchLocale("/accessibility", "", "en")).toBe("/en/accessibility");
    expect(switchLocale("/en/accessibility", "", "pl")).toBe("/accessibility");
    expect(switchLocale("/", "", "en")).toBe("/en");
    expect(switchLocale("/en", "?", "pl")).toBe("/");
    expect(switchLocale("/organizations", "?q=zdrowie&page=2", "en")).toBe("/en/organizations?q=zdrowie&page=2");
    expect(switchLocale("/en/organizations", "q=a", "pl")).toBe("/organizations?q=a");
  });

  it("names the page a visitor sees, not the cached page the proxy serves it from", () => {
    expect(splitLocale("/pl/home")).toEqual({ locale: "pl", path: "/" });
    expect(splitLocale("/en/home")).toEqual({ locale: "en", path: "/" });
    expect(splitLocale("/pl/competitions/list/all")).toEqual({ locale: "pl", path: "/competitions" });
    expect(switchLocale("/pl/home", "", "en")).toBe("/en");
    expect(switchLocale("/pl/competitions/list/all", "", "en")).toBe("/en/competitions");
    expect(switchLocale("/pl/contracts/list/year%3D2026%26area%3Dsport", "", "en")).toBe("/en/contracts?year=2026&area=sport");
    expect(switchLocale("/en/organizations/list/page=2", "", "pl")).toBe("/organizations?page=2");
    // in the browser the address bar's query wins
    expect(switchLocale("/competitions", "?year=2025", "en")).toBe("/en/competitions?year=2025");
    // an organization's page is not a list
    expect(splitLocale("/organizations/abc")).toEqual({ locale: "pl", path: "/organizations/abc" });
  });

  it("marks the current section", () => {
    expect(inSection("/", "/")).toBe(true);
    expect(inSection("/organizations", "/")).toBe(false);
    expect(inSection("/organizations/abc", "/organizations")).toBe(true);
    expect(inSection("/organizationsx", "/organizations")).toBe(false);
    expect(inSection("/contracts", "/organizations")).toBe(false);
  });
});
