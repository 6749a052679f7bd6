import { describe, expect, it } from "vitest";
import { canEditComment, consultationWindow, decodeCursor, effectiveStatus, encodeCursor, phaseOf, splitParagraphs } from "./rules";

describe("splitParagraphs", () => {
  it("numbers blocks separated by blank lines, ignoring extra blank lines and CRLF", () => {
    const draft = "§ 1. Cele programu.\r\n\r\n\r\n§ 2. Zasady:\n- pomocniczość\n- jawność\n   \n§ 3. Zakres.\n";
    expect(splitParagraphs(draft)).toEqual([
      { number: 1, body: "§ 1. Cele programu." },
      { number: 2, body: "§ 2. Zasady:\n- pomocniczość\n- jawność" },
      { number: 3, body: "§ 3. Zakres." },
    ]);
    expect(splitParagraphs("  \n\n ")).toEqual([]);
  });
});

describe("open window in Warsaw time", () => {
  it("opens at Warsaw midnight of the first day and ends at 24:00 of the last day, across DST", () => {
    const { startsAt, endsAt } = consultationWindow("2026-10-20", "2026-10-25");
    expect(startsAt.toISOString()).toBe("2026-10-19T22:00:00.000Z"); // CEST, +02:00
    expect(endsAt.toISOString()).toBe("2026-10-25T23:00:00.000Z"); // CET after the change, +01:00
    const c = { status: "planned" as const, startsAt, endsAt };
    expect(effectiveStatus(c, new Date("2026-10-19T21:59:59Z"))).toBe("planned");
    expect(effectiveStatus(c, new Date("2026-10-19T22:00:00Z"))).toBe("open");
    expect(effectiveStatus(c, new Date("2026-10-25T22:59:59Z"))).toBe("open");
    expect(effectiveStatus(c, new Date("2026-10-25T23:00:00Z"))).toBe("closed");
    expect(effectiveStatus({ ...c, status: "closed" }, new Date("2026-10-21T12:00:00Z"))).toBe("closed");
    // what surveys, meetings and notifications see follows the same dates
    expect(phaseOf(c, new Date("2026-10-19T21:59:59Z"))).toBe("draft");
    expect(phaseOf(c, new Date("2026-10-19T22:00:00Z"))).toBe("open");
    expect(phaseOf(c, new Date("2026-10-25T23:00:00Z"))).toBe("closed");
    expect(phaseOf({ ...c, status: "report_published" }, new Date("2026-10-21T12:00:00Z"))).toBe("closed");
  });
});

describe("edit window and cursors", () => {
  it("lets only the author edit, within the window", () => {
    const comment = { authorId: "a", createdAt: new Date("2026-11-27T10:00:00Z") };
    expect(canEditComment(comment, "a", 15, new Date("2026-11-27T10:15:00Z"))).toBe(true);
    expect(canEditComment(comment, "a", 15, new Date("2026-11-27T10:15:01Z"))).toBe(false);
    expect(canEditComment(comment, "b", 15, new Date("2026-11-27T10:01:00Z"))).toBe(false);
  });
  it("round-trips cursors and rejects garbage", () => {
    const c = { at: "2026-11-27T10:00:00.000Z", support: 3, id: "0b8f3f7e-1111-4222-8333-444455556666" };
    expect(decodeCursor(encodeCursor(c))).toEqual(c);
    expect(decodeCursor("not-a-cursor")).toBeNull();
    expect(decodeCursor(Buffer.from('{"at":"x","support":1,"id":"1"}').toString("base64url"))).toBeNull();
  });
  it("rejects forged cursors the database could not compare (a year out of its range, a support count that is no integer)", () => {
    const id = "0b8f3f7e-1111-4222-8333-444455556666";
    const forged = (c: unknown) => decodeCursor(Buffer.from(JSON.stringify(c)).toString("base64url"));
    for (const c of [
      { at: "-200000-01-01T00:00:00.000Z", support: 1, id },
      { at: "+275760-09-13T00:00:00.000Z", support: 1, id },
      { at: "2026-11-27", support: 1, id },
      { at: "2026-11-27T10:00:00.000Z", support: 1e300, id },
      { at: "2026-11-27T10:00:00.000Z", support: 0.5, id },
      { at: "2026-11-27T10:00:00.000Z", support: -1, id },
      { at: "2026-11-27T10:00:00.000Z", support: "1", id },
      null,
      [],
      "cursor",
    ])
      expect(forged(c), JSON.stringify(c)).toBeNull();
  });
});
