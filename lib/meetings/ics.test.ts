import { describe, expect, it } from "vitest";
import { meetingIcs, type IcsEvent } from "./ics";

const meeting: IcsEvent = {
  uid: "meeting-1@wspolnie",
  summary: "Śniadanie Obywatelskie: program, priorytety; 2027",
  location: "Centrum Współpracy Organizacji Pozarządowych, ul. Świętojańska 22/1",
  description: "Linia 1\nLinia 2",
  url: "https://wspolnie.example.pl/meetings/1",
  startsAt: new Date("2026-12-03T17:00:00+01:00"),
  endsAt: new Date("2026-12-03T19:00:00+01:00"),
  stamp: new Date("2026-11-27T10:15:30.123Z"),
};
const unfold = (ics: string) => ics.replace(/\r\n /g, "");

describe("meetingIcs", () => {
  const ics = meetingIcs(meeting);

  it("uses CRLF line endings only, the last line included", () => {
    expect(ics.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  });

  it("has the required properties with times in UTC Z form", () => {
    const unfolded = unfold(ics);
    expect(unfolded).toMatch(/^BEGIN:VCALENDAR\r\nVERSION:2\.0\r\nPRODID:-\/\/Wspolnie\/\/Bialystok\/\/PL\r\nMETHOD:PUBLISH\r\n/);
    expect(unfolded).toContain("\r\nUID:meeting-1@wspolnie\r\n");
    expect(unfolded).toContain("\r\nDTSTAMP:20261127T101530Z\r\n");
    expect(unfolded).toContain("\r\nDTSTART:20261203T160000Z\r\n");
    expect(unfolded).toContain("\r\nDTEND:20261203T180000Z\r\n");
    expect(unfolded).toContain("\r\nSUMMARY:Śniadanie Obywatelskie: program\\, priorytety\\; 2027\r\n");
    expect(unfolded).toContain("\r\nLOCATION:Centrum Współpracy Organizacji Pozarządowych\\, ul. Świętojańska 22/1\r\n");
    expect(unfolded).toContain("\r\nDESCRIPTION:Linia 1\\nLinia 2\r\n");
    expect(unfolded).toContain("\r\nURL;VALUE=URI:https://wspolnie.example.pl/meetings/1\r\n");
    expect(unfolded).toMatch(/BEGIN:VEVENT[\s\S]*END:VEVENT\r\nEND:VCALENDAR\r\n$/);
  });

  it("gives Warsaw summer times in UTC too", () => {
    const summer = unfold(
      meetingIcs({ ...meeting, startsAt: new Date("2026-07-01T10:05:09+02:00"), endsAt: new Date("2026-07-01T12:00:00+02:00") }),
    );
    expect(summer).toContain("\r\nDTSTART:20260701T080509Z\r\n");
    expect(summer).toContain("\r\nDTEND:20260701T100000Z\r\n");
  });

  it("folds long lines at 75 octets", () => {
    for (const line of ics.split("\r\n")) expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
  });

  it("escapes backslash, semicolon, comma and newlines (CRLF too)", () => {
    const unfolded = unfold(meetingIcs({ ...meeting, summary: "a\\b;c,d\ne\r\nf", description: undefined }));
    expect(unfolded).toContain("\r\nSUMMARY:a\\\\b\\;c\\,d\\ne\\nf\r\n");
    expect(unfolded).not.toContain("DESCRIPTION");
  });

  it("does not split a multi-byte character when folding", () => {
    const long = meetingIcs({ ...meeting, summary: "ż".repeat(60) });
    for (const line of long.split("\r\n")) {
      expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
      expect(line).not.toContain("\uFFFD");
    }
    expect(unfold(long)).toContain(`\r\nSUMMARY:${"ż".repeat(60)}\r\n`);
  });
});
