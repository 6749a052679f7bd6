import { z } from "zod";
import type { FieldErrors } from "@/lib/forms/result";

/** Pure rules of surveys: question kinds, validating one person's answers, aggregating results. */
export const questionKinds = ["single", "multiple", "scale", "text"] as const;
export type QuestionKind = (typeof questionKinds)[number];

export interface SurveyQuestion {
  id: string;
  kind: QuestionKind;
  prompt: string;
  options: string[];
  scaleMin: number;
  scaleMax: number;
  required: boolean;
}

/** Stored per response: question id → option indexes (single/multiple), a number (scale) or text. */
export type AnswerValue = number[] | number | string;
export type Answers = Record<string, AnswerValue>;

export const textAnswerMax = 2000;

/** The answers of a survey form: its `q-<questionId>` fields, each with all its values (several for multiple choice). */
export function answerFieldsOf(formData: FormData): Record<string, string[]> {
  const answers: Record<string, string[]> = {};
  for (const [key, value] of formData.entries()) if (key.startsWith("q-") && typeof value === "string") (answers[key] ??= []).push(value);
  return answers;
}

/**
 * Reads a submitted form (`q-<questionId>` fields, several for multiple choice) against the
 * questions; returns the answers or field errors (message keys without "errors.").
 */
export function parseAnswers(
  questions: SurveyQuestion[],
  form: Record<string, string | string[] | undefined>,
): { ok: true; answers: Answers } | { ok: false; fieldErrors: FieldErrors } {
  const answers: Answers = {};
  const fieldErrors: FieldErrors = {};
  for (const q of questions) {
    const field = `q-${q.id}`;
    const raw = form[field];
    const values = (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).map((v) => v.trim()).filter((v) => v !== "");
    if (values.length === 0) {
      if (q.required) fieldErrors[field] = ["required"];
      continue;
    }
    if (q.kind === "text") {
      const text = values.join("\n");
      if (text.length > textAnswerMax) fieldErrors[field] = ["tooLong"];
      else answers[q.id] = text;
      continue;
    }
    const numbers = values.map((v) => (/^\d+$/.test(v) ? Number(v) : NaN));
    if (q.kind === "scale") {
      const n = numbers[0];
      if (numbers.length !== 1 || !(n >= q.scaleMin && n <= q.scaleMax)) fieldErrors[field] = ["invalid"];
      else answers[q.id] = n;
      continue;
    }
    const valid = numbers.every((n) => Number.isInteger(n) && n >= 0 && n < q.options.length);
    if (!valid || (q.kind === "single" && numbers.length !== 1)) fieldErrors[field] = ["invalid"];
    else answers[q.id] = [...new Set(numbers)].sort((a, b) => a - b);
  }
  return Object.keys(fieldErrors).length > 0 ? { ok: false, fieldErrors } : { ok: true, answers };
}

export interface QuestionResult {
  question: SurveyQuestion;
  answered: number;
  /** single/multiple: count per option; scale: count per value from min to max */
  counts: { label: string; count: number }[];
  average: number | null;
  texts: string[];
}

export function aggregateResults(questions: SurveyQuestion[], responses: Answers[]): QuestionResult[] {
  return questions.map((q) => {
    const given = responses.map((r) => r[q.id]).filter((v) => v !== undefined);
    if (q.kind === "text")
      return {
        question: q,
        answered: given.length,
        counts: [],
        average: null,
        texts: given.filter((v): v is string => typeof v === "string"),
      };
    if (q.kind === "scale") {
      const values = given.filter((v): v is number => typeof v === "number");
      const counts = [];
      for (let v = q.scaleMin; v <= q.scaleMax; v++) counts.push({ label: String(v), count: values.filter((x) => x === v).length });
      const average = values.length ? Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 100) / 100 : null;
      return { question: q, answered: values.length, counts, average, texts: [] };
    }
    const picks = given.filter((v): v is number[] => Array.isArray(v));
    const counts = q.options.map((label, index) => ({ label, count: picks.filter((p) => p.includes(index)).length }));
    return { question: q, answered: picks.length, counts, average: null, texts: [] };
  });
}

/** The admin's question editor: one question per block; options one per line. */
export const questionInputSchema = z
  .object({
    kind: z.enum(questionKinds, "errors.invalid"),
    prompt: z.string("errors.required").trim().min(3, "errors.required").max(500, "errors.tooLong"),
    options: z.string().optional().default(""),
    scaleMin: z.preprocess(
      (v) => (v === "" || v == null ? 1 : v),
      z.coerce.number().int("errors.invalid").min(0, "errors.invalid").max(1, "errors.invalid"),
    ),
    scaleMax: z.preprocess(
      (v) => (v === "" || v == null ? 5 : v),
      z.coerce.number().int("errors.invalid").min(2, "errors.invalid").max(10, "errors.invalid"),
    ),
    required: z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean()),
  })
  .transform((q) => ({
    ...q,
    options:
      q.kind === "single" || q.kind === "multiple"
        ? q.options
            .split(/\r?\n/)
            .map((o) => o.trim())
            .filter(Boolean)
        : [],
  }))
  .refine((q) => !(q.kind === "single" || q.kind === "multiple") || (q.options.length >= 2 && q.options.length <= 12), {
    message: "errors.surveyOptions",
    path: ["options"],
  });
