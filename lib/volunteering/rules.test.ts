import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  ageAllowed,
  ageOn,
  agreementReminderDue,
  agreementRequirement,
  approvedMinutes,
  certificateCode,
  decisionAllowed,
  engagementDays,
  hoursLabel,
  insuranceRequired,
  needsGuardianConsent,
  normalizeCertificateCode,
  offerTransitionAllowed,
  parseHours,
} from "./rules";

describe("the 30-day agreement rule (art. 44)", () => {
  it("counts both ends of the period", () => {
    expect(engagementDays({ startDate: "2027-03-01", endDate: "2027-03-30" })).toBe(30);
    expect(engagementDays({ startDate: "2027-03-01", endDate: "2027-03-01" })).toBe(1);
    expect(engagementDays({ startDate: null, endDate: null })).toBeNull();
  });

  it("requires an agreement over 30 days, or for ongoing volunteering", () => {
    expect(agreementRequirement({ startDate: "2027-03-01", endDate: "2027-03-31" }, false)).toBe("required");
    expect(agreementRequirement({ startDate: null, endDate: null }, false)).toBe("required");
    // across a month of 28 days: 1 February – 3 March 2027 is 31 days
    expect(agreementRequirement({ startDate: "2027-02-01", endDate: "2027-03-03" }, false)).toBe("required");
  });

  it("up to 30 days: only on the volunteer's request", () => {
    expect(agreementRequirement({ startDate: "2027-03-01", endDate: "2027-03-30" }, false)).toBe("optional");
    expect(agreementRequirement({ startDate: "2027-03-01", endDate: "2027-03-30" }, true)).toBe("requested");
    expect(agreementRequirement({ startDate: "2027-03-01", endDate: "2027-03-01" }, true)).toBe("requested");
  });

  it("insurance against accidents is the organization's duty up to 30 days (art. 46 ust. 4)", () => {
    expect(insuranceRequired({ startDate: "2027-03-01", endDate: "2027-03-30" })).toBe(true);
    expect(insuranceRequired({ startDate: "2027-03-01", endDate: "2027-03-31" })).toBe(false);
  });

  it("reminds within 7 days before the end, not after it", () => {
    expect(agreementReminderDue("2027-03-08", "2027-03-01")).toBe(true);
    expect(agreementReminderDue("2027-03-09", "2027-03-01")).toBe(false);
    expect(agreementReminderDue("2027-03-01", "2027-03-01")).toBe(true);
    expect(agreementReminderDue("2027-02-28", "2027-03-01")).toBe(false);
  });
});

describe("age and the guardian's consent", () => {
  it("counts full years", () => {
    expect(ageOn("2010-03-02", "2027-03-01")).toBe(16);
    expect(ageOn("2010-03-01", "2027-03-01")).toBe(17);
    expect(ageOn("2009-03-01", "2027-03-01")).toBe(18);
  });

  it("a minor needs consent; an adult does not", () => {
    expect(needsGuardianConsent(17)).toBe(true);
    expect(needsGuardianConsent(18)).toBe(false);
  });

  it("the offer's audience decides who may apply", () => {
    expect(ageAllowed(15, ["from16"])).toBe(false);
    expect(ageAllowed(16, ["from16"])).toBe(true);
    expect(ageAllowed(17, ["adults"])).toBe(false);
    expect(ageAllowed(17, ["seniors"])).toBe(false);
    expect(ageAllowed(12, ["families"])).toBe(true);
    expect(ageAllowed(18, ["adults", "seniors"])).toBe(true);
  });
});

describe("states", () => {
  it("offers go draft → published → filled → closed", () => {
    expect(offerTransitionAllowed("draft", "published")).toBe(true);
    expect(offerTransitionAllowed("published", "filled")).toBe(true);
    expect(offerTransitionAllowed("filled", "published")).toBe(true);
    expect(offerTransitionAllowed("filled", "closed")).toBe(true);
    expect(offerTransitionAllowed("draft", "filled")).toBe(false);
    expect(offerTransitionAllowed("closed", "published")).toBe(false);
  });

  it("a decision is taken on a submitted or held application only", () => {
    expect(decisionAllowed("submitted", "accepted")).toBe(true);
    expect(decisionAllowed("on_hold", "declined")).toBe(true);
    expect(decisionAllowed("on_hold", "on_hold")).toBe(false);
    expect(decisionAllowed("awaiting_consent", "accepted")).toBe(false);
    expect(decisionAllowed("accepted", "declined")).toBe(false);
  });
});

describe("hours", () => {
  it("reads hours in quarters, with a comma or a dot", () => {
    expect(parseHours("2")).toBe(120);
    expect(parseHours("2,5")).toBe(150);
    expect(parseHours("1.25")).toBe(75);
    expect(parseHours("0")).toBeNull();
    expect(parseHours("1,1")).toBeNull();
    expect(parseHours("25")).toBeNull();
    expect(parseHours("dwie")).toBeNull();
  });

  it("sums approved entries only", () => {
    const entries = [
      { minutes: 120, status: "approved" },
      { minutes: 90, status: "pending" },
      { minutes: 60, status: "rejected" },
      { minutes: 45, status: "approved" },
    ];
    expect(approvedMinutes(entries)).toBe(165);
    expect(approvedMinutes([])).toBe(0);
    expect(hoursLabel(165, "pl")).toBe("2,75");
    expect(hoursLabel(165, "en")).toBe("2.75");
    expect(hoursLabel(600, "pl")).toBe("10");
  });
});

describe("certificate codes", () => {
  it("has the form WOL-XXXX-XXXX-XXXX and verifies itself", () => {
    for (let i = 0; i < 200; i++) {
      const code = certificateCode(randomBytes(11));
      expect(code).toMatch(/^WOL-[0-9A-Z*~$=]{4}-[0-9A-Z*~$=]{4}-[0-9A-Z*~$=]{4}$/);
      expect(normalizeCertificateCode(code)).toBe(code);
    }
  });

  it("reads a typed code in any case, without dashes, O for 0 and I/L for 1", () => {
    const code = certificateCode(Uint8Array.from([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]));
    expect(code.startsWith("WOL-0123-4567-89A")).toBe(true);
    expect(normalizeCertificateCode(code.toLowerCase())).toBe(code);
    expect(normalizeCertificateCode(code.replace(/-/g, " "))).toBe(code);
    expect(normalizeCertificateCode(code.slice(4).replace(/0/g, "O").replace(/1/g, "l"))).toBe(code);
  });

  it("refuses a changed character, a swap of two, or a wrong length", () => {
    const code = certificateCode(Uint8Array.from([31, 7, 19, 2, 11, 23, 5, 29, 13, 17, 3]));
    const chars = code.replace(/-/g, "").slice(3).split("");
    for (let i = 0; i < 11; i++) {
      const changed = [...chars];
      changed[i] = changed[i] === "7" ? "8" : "7";
      expect(normalizeCertificateCode(changed.join(""))).toBeNull();
    }
    const swapped = [...chars];
    [swapped[0], swapped[1]] = [swapped[1], swapped[0]];
    expect(normalizeCertificateCode(swapped.join(""))).toBeNull();
    expect(normalizeCertificateCode(code.slice(0, -1))).toBeNull();
    expect(normalizeCertificateCode("")).toBeNull();
  });
});
