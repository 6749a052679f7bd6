import { describe, expect, it } from "vitest";
import { withinTolerance } from "@/lib/contracts/rules";
import { remainingReturn, settle, toleranceOf, type LineSpending } from "./settlement";

/** A cost line; its planned total is its grant unless given (an item funded by the grant alone). */
const line = (id: string, planned: number, actual: number, year = 2026, total = planned): LineSpending => ({
  lineId: id,
  year,
  name: id,
  plannedGrantGrosze: planned,
  plannedTotalGrosze: total,
  actualGrantGrosze: actual,
});

describe("toleranceOf", () => {
  it("is the share of the line in basis points, rounded down to whole grosze", () => {
    expect(toleranceOf(1_000_000, 1000)).toBe(100_000);
    expect(toleranceOf(999, 1000)).toBe(99); // 99.9 → 99
    expect(toleranceOf(1, 1000)).toBe(0);
    expect(toleranceOf(12_345_67, 0)).toBe(0);
    expect(toleranceOf(3_333_333, 1500)).toBe(499_999); // 499 999.95 → 499 999
  });
  it("stays exact far beyond float precision", () => {
    const big = 9_000_000_000_000; // 90 bln zł in grosze
    expect(toleranceOf(big, 1)).toBe(900_000_000);
    expect(toleranceOf(Number.MAX_SAFE_INTEGER, 9999)).toBe(9_006_298_534_815_516); // floats would drift here
  });
  it("refuses non-integer or negative money", () => {
    expect(() => toleranceOf(10.5, 1000)).toThrow(RangeError);
    expect(() => toleranceOf(-1, 1000)).toThrow(RangeError);
  });
});

describe("settle", () => {
  it("§ 5 of the framework contract (Dz.U. 2018 poz. 2057): the tolerance is a share of the item's total, not of its grant", () => {
    // an item of 10 000 zł, 2 000 zł of it from the grant: 10 % of the item is 1 000 zł more grant
    const item = line("a", 200_000, 300_000, 2026, 1_000_000);
    const r = settle({ lines: [item, line("b", 800_000, 700_000)], grantedGrosze: 1_000_000, paidGrosze: 1_000_000, toleranceBp: 1000 });
    expect(r.lines[0]).toMatchObject({ allowedGrantGrosze: 300_000, overToleranceGrosze: 0 });
    expect(r.toReturnGrosze).toBe(0);
    const over = settle({
      lines: [{ ...item, actualGrantGrosze: 300_001 }, line("b", 800_000, 699_999)],
      grantedGrosze: 1_000_000,
      paidGrosze: 1_000_000,
      toleranceBp: 1000,
    });
    expect(over.overToleranceGrosze).toBe(1);
  });

  it("§ 5 of the framework contract (Dz.U. 2018 poz. 2057): only an increase of an item counts — an item spent below its plan is never over", () => {
    // item a: 45 000 zł, 42 000 zł of it grant (the journeys' workshops) → allowed 42 000 + 4 500 = 46 500 zł
    const r = settle({
      lines: [line("a", 4_200_000, 4_700_000, 2026, 4_500_000), line("b", 1_800_000, 1_200_000, 2026, 2_100_000)],
      grantedGrosze: 6_000_000,
      paidGrosze: 6_000_000,
      toleranceBp: 1000,
    });
    expect(r.lines.map((l) => [l.lineId, l.allowedGrantGrosze, l.overToleranceGrosze])).toEqual([
      ["a", 4_650_000, 50_000], // on the grant share it would have been 46 200 zł and 800 zł beyond
      ["b", 2_010_000, 0], // 6 000 zł less than planned: no "negative" excess offsets anything
    ]);
    // spent 59 000 of 60 000 → 1 000 unused; 500 beyond the shift
    expect(r).toMatchObject({ unusedGrosze: 100_000, overToleranceGrosze: 50_000, toReturnGrosze: 150_000, grantUsedGrosze: 5_850_000 });
  });

  it("§ 5 of the framework contract: the settlement allows exactly the shift the contract amendment check (lib/contracts withinTolerance) allows", () => {
    const items = [
      { grantGrosze: 200_000, totalGrosze: 1_000_000 },
      { grantGrosze: 4_200_000, totalGrosze: 4_500_000 },
      { grantGrosze: 333_333, totalGrosze: 999_999 },
    ];
    for (const bp of [0, 500, 1000, 1500]) {
      items.forEach((item, i) => {
        const allowed = settle({
          lines: [line("x", item.grantGrosze, 0, 2026, item.totalGrosze)],
          grantedGrosze: item.grantGrosze,
          paidGrosze: 0,
          toleranceBp: bp,
        }).lines[0].allowedGrantGrosze;
        const others = items.map((it) => it.grantGrosze);
        const at = (grant: number) =>
          withinTolerance(
            items,
            others.map((g, j) => (j === i ? grant : g)),
            bp,
          );
        expect(at(allowed)).toBe(true);
        expect(at(allowed + 1)).toBe(false);
      });
    }
  });

  it("returns nothing when the whole grant was spent as planned", () => {
    const r = settle({
      lines: [line("a", 600_000, 600_000), line("b", 400_000, 400_000)],
      grantedGrosze: 1_000_000,
      paidGrosze: 1_000_000,
      toleranceBp: 1000,
    });
    expect(r).toMatchObject({
      grantSpentGrosze: 1_000_000,
      grantUsedGrosze: 1_000_000,
      unusedGrosze: 0,
      overToleranceGrosze: 0,
      toReturnGrosze: 0,
      stillToPayGrosze: 0,
    });
  });

  it("returns the unused grant", () => {
    const r = settle({
      lines: [line("a", 600_000, 550_000), line("b", 400_000, 399_999)],
      grantedGrosze: 1_000_000,
      paidGrosze: 1_000_000,
      toleranceBp: 1000,
    });
    expect(r.grantSpentGrosze).toBe(949_999);
    expect(r.unusedGrosze).toBe(50_001);
    expect(r.toReturnGrosze).toBe(50_001);
    expect(r.overToleranceGrosze).toBe(0);
  });

  it("allows a shift within the tolerance without any return", () => {
    // a +10 % exactly (60 000 → 66 000), b −6 000
    const r = settle({
      lines: [line("a", 600_000, 660_000), line("b", 400_000, 340_000)],
      grantedGrosze: 1_000_000,
      paidGrosze: 1_000_000,
      toleranceBp: 1000,
    });
    expect(r.lines[0]).toMatchObject({ allowedGrantGrosze: 660_000, overToleranceGrosze: 0 });
    expect(r.toReturnGrosze).toBe(0);
  });

  it("returns the grant spent beyond the tolerance on a line, even when the total is within the grant", () => {
    // a +15 % (allowed +10 %): 30 000 grosze beyond; b spent less by the same 90 000
    const r = settle({
      lines: [line("a", 600_000, 690_000), line("b", 400_000, 310_000)],
      grantedGrosze: 1_000_000,
      paidGrosze: 1_000_000,
      toleranceBp: 1000,
    });
    expect(r.lines[0].overToleranceGrosze).toBe(30_000);
    expect(r.grantSpentGrosze).toBe(1_000_000);
    expect(r.unusedGrosze).toBe(0);
    expect(r.overToleranceGrosze).toBe(30_000);
    expect(r.toReturnGrosze).toBe(30_000);
    expect(r.grantUsedGrosze).toBe(970_000);
  });

  it("adds unused money and the over-tolerance part", () => {
    const r = settle({
      lines: [line("a", 500_000, 600_000), line("b", 500_000, 300_000)],
      grantedGrosze: 1_000_000,
      paidGrosze: 1_000_000,
      toleranceBp: 1000,
    });
    // a: allowed 550 000, over 50 000; spent 900 000 → unused 100 000
    expect(r).toMatchObject({ unusedGrosze: 100_000, overToleranceGrosze: 50_000, toReturnGrosze: 150_000, grantUsedGrosze: 850_000 });
    expect(r.unusedGrosze + r.overToleranceGrosze).toBe(r.toReturnGrosze);
    expect(r.grantUsedGrosze + r.toReturnGrosze).toBe(r.paidGrosze);
  });

  it("rounds the tolerance down, so one grosz beyond it is returned", () => {
    // planned 333 333, 10 % = 33 333.3 → 33 333; allowed 366 666
    const ok = settle({ lines: [line("a", 333_333, 366_666)], grantedGrosze: 400_000, paidGrosze: 400_000, toleranceBp: 1000 });
    expect(ok.overToleranceGrosze).toBe(0);
    const over = settle({ lines: [line("a", 333_333, 366_667)], grantedGrosze: 400_000, paidGrosze: 400_000, toleranceBp: 1000 });
    expect(over.overToleranceGrosze).toBe(1);
    expect(over.toReturnGrosze).toBe(400_000 - 366_666);
  });

  it("treats any grant spent on a line planned without grant as beyond the tolerance", () => {
    const r = settle({
      lines: [line("a", 100_000, 80_000), line("own", 0, 20_000)],
      grantedGrosze: 100_000,
      paidGrosze: 100_000,
      toleranceBp: 1000,
    });
    expect(r.overToleranceGrosze).toBe(20_000);
    expect(r.toReturnGrosze).toBe(20_000);
  });

  it("with a zero tolerance, every grosz above a line's plan is returned", () => {
    const r = settle({
      lines: [line("a", 50_000, 50_001), line("b", 50_000, 49_999)],
      grantedGrosze: 100_000,
      paidGrosze: 100_000,
      toleranceBp: 0,
    });
    expect(r).toMatchObject({ unusedGrosze: 0, overToleranceGrosze: 1, toReturnGrosze: 1 });
  });

  it("counts the tolerance per line and per year of a multi-year contract", () => {
    const r = settle({
      lines: [line("a25", 300_000, 330_000, 2025), line("a26", 300_000, 345_000, 2026), line("b26", 400_000, 325_000, 2026)],
      grantedGrosze: 1_000_000,
      paidGrosze: 1_000_000,
      toleranceBp: 1000,
    });
    expect(r.lines.map((l) => l.overToleranceGrosze)).toEqual([0, 15_000, 0]);
    expect(r.toReturnGrosze).toBe(15_000);
  });

  it("never asks back money that was not paid: an unpaid tranche is reported as still to pay", () => {
    // granted 1 000 000, paid 600 000 (the last tranche unpaid), eligible 850 000
    const r = settle({
      lines: [line("a", 500_000, 600_000), line("b", 500_000, 300_000)],
      grantedGrosze: 1_000_000,
      paidGrosze: 600_000,
      toleranceBp: 1000,
    });
    expect(r).toMatchObject({
      grantUsedGrosze: 600_000,
      toReturnGrosze: 0,
      unusedGrosze: 0,
      overToleranceGrosze: 0,
      stillToPayGrosze: 250_000,
    });
  });

  it("with a partly paid grant and little spending returns only from what was paid", () => {
    const r = settle({ lines: [line("a", 1_000_000, 200_000)], grantedGrosze: 1_000_000, paidGrosze: 600_000, toleranceBp: 1000 });
    expect(r).toMatchObject({ grantUsedGrosze: 200_000, toReturnGrosze: 400_000, unusedGrosze: 400_000, stillToPayGrosze: 0 });
  });

  it("returns everything when nothing was spent, nothing when nothing was paid", () => {
    expect(settle({ lines: [line("a", 100_000, 0)], grantedGrosze: 100_000, paidGrosze: 100_000, toleranceBp: 1000 }).toReturnGrosze).toBe(
      100_000,
    );
    expect(settle({ lines: [line("a", 100_000, 0)], grantedGrosze: 100_000, paidGrosze: 0, toleranceBp: 1000 }).toReturnGrosze).toBe(0);
    expect(settle({ lines: [], grantedGrosze: 0, paidGrosze: 0, toleranceBp: 1000 }).toReturnGrosze).toBe(0);
  });

  it("keeps the identities exact on many random cases (no drift)", () => {
    let seed = 42;
    const rand = (n: number) => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed % n;
    };
    for (let i = 0; i < 500; i++) {
      const lines = Array.from({ length: 1 + rand(8) }, (_, j) => line(`l${j}`, rand(5_000_000), rand(6_000_000)));
      const granted = lines.reduce((s, l) => s + l.plannedGrantGrosze, 0);
      const paid = rand(granted + 1);
      const r = settle({ lines, grantedGrosze: granted, paidGrosze: paid, toleranceBp: rand(2001) });
      expect(Number.isInteger(r.toReturnGrosze)).toBe(true);
      expect(r.grantUsedGrosze + r.toReturnGrosze).toBe(paid);
      expect(r.unusedGrosze + r.overToleranceGrosze).toBe(r.toReturnGrosze);
      expect(r.unusedGrosze).toBeGreaterThanOrEqual(0);
      expect(r.overToleranceGrosze).toBeGreaterThanOrEqual(0);
      expect(r.overToleranceGrosze).toBeLessThanOrEqual(r.lines.reduce((s, l) => s + l.overToleranceGrosze, 0));
      expect(r.grantUsedGrosze).toBeLessThanOrEqual(Math.min(paid, granted));
    }
  });
});

describe("remainingReturn", () => {
  it("subtracts the recorded returns and never goes below zero", () => {
    expect(remainingReturn(150_000, 0)).toBe(150_000);
    expect(remainingReturn(150_000, 100_000)).toBe(50_000);
    expect(remainingReturn(150_000, 150_000)).toBe(0);
    expect(remainingReturn(150_000, 200_000)).toBe(0);
  });
});
