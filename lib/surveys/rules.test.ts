import { describe, expect, it } from "vitest";
import { aggregateResults, parseAnswers, questionInputSchema, type SurveyQuestion } from "./rules";

const questions: SurveyQuestion[] = [
  { id: "a", kind: "single", prompt: "Single", options: ["x", "y", "z"], scaleMin: 1, scaleMax: 5, required: true },
  { id: "b", kind: "multiple", prompt: "Multiple", options: ["p", "q", "r"], scaleMin: 1, scaleMax: 5, required: true },
  { id: "c", kind: "scale", prompt: "Scale", options: [], scaleMin: 1, scaleMax: 5, required: true },
  { id: "d", kind: "text", prompt: "Text", options: [], scaleMin: 1, scaleMax: 5, required: false },
];

describe("parseAnswers", () => {
  it("accepts valid answers, sorted and de-duplicated", () => {
    expect(parseAnswers(questions, { "q-a": "1", "q-b": ["2", "0", "2"], "q-c": "4", "q-d": " idea " })).toEqual({
      ok: true,
      answers: { a: [1], b: [0, 2], c: 4, d: "idea" },
    });
  });
  it("refuses missing required answers and out-of-range values", () => {
    const result = parseAnswers(questions, { "q-a": ["0", "1"], "q-b": "7", "q-c": "9" });
    expect(result).toEqual({ ok: false, fieldErrors: { "q-a": ["invalid"], "q-b": ["invalid"], "q-c": ["invalid"] } });
    expect(parseAnswers(questions, {})).toMatchObject({
      ok: false,
      fieldErrors: { "q-a": ["required"], "q-b": ["required"], "q-c": ["required"] },
    });
  });
});

describe("aggregateResults", () => {
  it("counts options, scale values with the average, and lists texts", () => {
    const results = aggregateResults(questions, [
      { a: [0], b: [0, 1], c: 5, d: "one" },
      { a: [0], b: [1], c: 3 },
      { a: [2], b: [1, 2], c: 4, d: "two" },
    ]);
    expect(results[0].counts.map((c) => c.count)).toEqual([2, 0, 1]);
    expect(results[1].counts.map((c) => c.count)).toEqual([1, 3, 1]);
    expect(results[1].answered).toBe(3);
    expect(results[2].counts.map((c) => c.count)).toEqual([0, 0, 1, 1, 1]);
    expect(results[2].average).toBe(4);
    expect(results[3].texts).toEqual(["one", "two"]);
    expect(results[3].answered).toBe(2);
  });
});

describe("questionInputSchema", () => {
  it("needs 2 to 12 options for choice questions", () => {
    expect(questionInputSchema.safeParse({ kind: "single", prompt: "Pytanie?", options: "tylko jedna" }).success).toBe(false);
    const ok = questionInputSchema.safeParse({ kind: "multiple", prompt: "Pytanie?", options: "a\n\nb\n", required: "on" });
    expect(ok.success && ok.data).toMatchObject({ options: ["a", "b"], required: true, scaleMax: 5 });
  });
});
