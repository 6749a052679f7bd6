import { describe, expect, it } from "vitest";
import { csvText, spreadsheetCsv } from "./csv";

describe("spreadsheetCsv", () => {
  it("writes a BOM, ; between fields and CRLF after every row", () => {
    expect(
      spreadsheetCsv([
        ["name", "city"],
        ["Fundacja", "Białystok"],
      ]),
    ).toBe("\uFEFFname;city\r\nFundacja;Białystok\r\n");
  });

  it("quotes fields with a separator, a quote or a line break and doubles quotes (RFC 4180)", () => {
    const csv = spreadsheetCsv([['Fundacja "Przystań"', "Ochrona zdrowia; promocja", "linia 1\nlinia 2", "a\r\nb", "zwykły"]]);
    expect(csv).toBe('\uFEFF"Fundacja ""Przystań""";"Ochrona zdrowia; promocja";"linia 1\nlinia 2";"a\r\nb";zwykły\r\n');
  });

  it("neutralizes formulas: = + - @ tab and carriage return at the start of a cell", () => {
    for (const formula of ["=HYPERLINK(1)", "+48 85 123", "-2+3", "@SUM(A1)", "\t=1", "\r=1"]) expect(csvText(formula)).toBe(`'${formula}`);
    expect(csvText("Fundacja = wspólnota")).toBe("Fundacja = wspólnota");
    expect(spreadsheetCsv([["=cmd|' /C calc'!A0", "ok"]])).toBe("\uFEFF'=cmd|' /C calc'!A0;ok\r\n");
  });

  it("writes empty cells for null and undefined, numbers and booleans as text", () => {
    expect(spreadsheetCsv([[null, undefined, 0, 2026, true, false, -5]])).toBe("\uFEFF;;0;2026;true;false;'-5\r\n");
  });
});
