/**
 * Every zod schema the modules export (found by walking lib/, so a new one is covered without a
 * change here) gets random and hostile values: parsing answers success or issues, and never
 * throws (a refine or transform that crashes on a value it did not expect is a 500 in the action
 * that parses it).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { fuzzSeed, hostileValue } from "./values";

const modules = import.meta.glob<Record<string, unknown>>(["/lib/**/*.ts", "!/lib/**/*.test.ts", "!/lib/**/testing.ts", "!/lib/demo/**"], {
  eager: true,
});

const schemas = Object.entries(modules).flatMap(([path, exports]) =>
  Object.entries(exports)
    .filter((entry): entry is [string, z.ZodType] => entry[1] instanceof z.ZodType)
    .map(([name, schema]) => ({ name: `${path.replace(/^\/lib\//, "")}:${name}`, schema })),
);

/** Values shaped like the schema's object (its own keys, hostile values), or anything at all. */
function inputsFor(schema: z.ZodType): fc.Arbitrary<unknown> {
  const shape = (schema as { shape?: Record<string, unknown> }).shape;
  if (!shape || typeof shape !== "object") return hostileValue;
  const keys = Object.keys(shape);
  return fc.oneof(
    fc.dictionary(fc.constantFrom(...keys), hostileValue, { maxKeys: keys.length }),
    fc.record(Object.fromEntries(keys.map((key) => [key, hostileValue]))),
    hostileValue,
  );
}

describe("every exported schema", () => {
  it("finds the modules' schemas", () => {
    expect(schemas.length).toBeGreaterThan(20);
    expect(schemas.map((s) => s.name)).toEqual(expect.arrayContaining(["consultations/schemas.ts:commentSchema"]));
  });

  it.each(schemas)("$name never throws on hostile input", ({ schema }) => {
    fc.assert(
      fc.property(inputsFor(schema), (input) => {
        const result = schema.safeParse(input);
        expect(typeof result.success).toBe("boolean");
      }),
      { seed: fuzzSeed, numRuns: 150 },
    );
  });
});
