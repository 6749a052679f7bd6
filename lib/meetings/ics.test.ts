import { describe, expect, it } from "vitest";
import { icsDate, icsEscape, icsFold, meetingIcs } from "./ics";

describe("meetingIcs", () => {
  const ics = meetingIcs({
    uid: "meeting-1@wspolnie",
    summary: "Śniadanie Obywatelskie: program, priorytety; 2027",
    location: "Centrum Współpracy Organizacji Pozarządowych, ul. Świętojańska 22/1",
    description: "Linia 1\nLinia 2",
    startsAt: new Date("2026-12-03T17:00:00+01:00"),
    endsAt: new Date("2026-12-03T19:00:00+01:00"),
    stamp: new Date("2026-11-27T10:15:30.123Z"),
  });

  it("uses CRLF line endings only", () => {
    expect(ics.endsWith("\r\n")).toBe(true);
    expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  });

  it("has the required properties with times in UTC Z form", () => {
    const unfolded = ics.replace(/\r\n /g, "");
    expect(unfolded).toMatch(/^BEGIN:VCALENDAR\r\nVERSION:2\.0\r\nPRODID:/);
    expect(unfolded).toContain("\r\nUID:meeting-1@wspolnie\r\n");
    expect(unfolded).toContain("\r\nDTSTAMP:20261127T101530Z\r\n");
    expect(unfolded).toContain("\r\nDTSTART:20261203T160000Z\r\n");
    expect(unfolded).toContain("\r\nDTEND:20261203T180000Z\r\n");
    expect(unfolded).toContain("\r\nSUMMARY:Śniadanie Obywatelskie: program\\, priorytety\\; 2027\r\n");
    expect(unfolded).toContain("\r\nLOCATION:Centrum Współpracy Organizacji Pozarządowych\\, ul. Świętojańska 22/1\r\n");
    expect(unfolded).toContain("\r\nDESCRIPTION:Linia 1\\nLinia 2\r\n");
    expect(unfolded).toMatch(/BEGIN:VEVENT[\s\S]*END:VEVENT\r\nEND:VCALENDAR\r\n$/);
  });

  it("folds long lines at 75 octets", () => {
    for (const line of ics.split("\r\n")) expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
  });
});

describe("helpers", () => {
  it("escapes backslash, semicolon, comma and newline", () => {
    expect(icsEscape("a\\b;c,d\ne")).toBe("a\\\\b\\;c\\,d\\ne");
  });
  it("formats UTC", () => {
    expect(icsDate(new Date("2026-07-01T08:05:09Z"))).toBe("20260701T080509Z");
  });
  it("does not split a multi-byte character when folding", () => {
    const folded = icsFold(`SUMMARY:${"ż".repeat(60)}`);
    expect(folded.split("\r\n ").join("")).toBe(`SUMMARY:${"ż".repeat(60)}`);
  });
});
