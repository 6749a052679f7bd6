import { and, asc, count, eq, sql } from "drizzle-orm";
import { z } from "zod";
import type { Db, Tx } from "@/lib/db/open";
import { surveyQuestions, surveyResponses, surveys } from "@/lib/db/schema/surveys";
import { actorOf, recordAudit } from "@/lib/audit/record";
import { authorize, type Principal } from "@/lib/auth/permissions";
import { refusalOf, type CommandResult } from "@/lib/forms/result";
import { consultationPhase } from "@/lib/consultations/queries";
import { parseAnswers, questionInputSchema, type SurveyQuestion } from "./rules";
import { idSchema, isId } from "@/lib/core/ids";

export async function loadQuestions(db: Db | Tx, surveyId: string): Promise<SurveyQuestion[]> {
  const rows = await db.select().from(surveyQuestions).where(eq(surveyQuestions.surveyId, surveyId)).orderBy(asc(surveyQuestions.position));
  return rows.map((q) => ({
    id: q.id,
    kind: q.kind,
    prompt: q.prompt,
    options: q.options,
    scaleMin: q.scaleMin,
    scaleMax: q.scaleMax,
    required: q.required,
  }));
}

async function responseCount(tx: Db | Tx, surveyId: string) {
  const [{ n }] = await tx.select({ n: count() }).from(surveyResponses).where(eq(surveyResponses.surveyId, surveyId));
  return n;
}

/** Creates the consultation's survey (or updates its introduction). */
export async function saveSurvey(
  db: Db,
  principal: Principal | null,
  input: Record<string, unknown>,
): Promise<CommandResult<{ id: string }>> {
  authorize(principal, "survey.manage");
  const parsed = z
    .object({ consultationId: idSchema, intro: z.string().trim().max(2000, "errors.tooLong").optional().default("") })
    .safeParse(input);
  if (!parsed.success) return refusalOf(parsed.error);
  const { consultationId, intro } = parsed.data;
  return db.transaction(async (tx) => {
    if (!(await consultationPhase(tx, consultationId))) return { ok: false, formError: "notFound" } as const;
    const [row] = await tx
      .insert(surveys)
      .values({ consultationId, intro })
      .onConflictDoUpdate({ target: surveys.consultationId, set: { intro } })
      .returning();
    await recordAudit(tx, {
      actor: actorOf(principal),
      action: "survey.save",
      entityType: "survey",
      entityId: row.id,
      after: { consultationId, intro },
    });
    return { ok: true, value: { id: row.id } } as const;
  });
}

/** Questions change only while nobody has answered (answers refer to them). */
export async function addQuestion(
  db: Db,
  principal: Principal | null,
  input: Record<string, unknown>,
): Promise<CommandResult<{ id: string }>> {
  authorize(principal, "survey.manage");
  const surveyId = idSchema.safeParse(input.surveyId);
  if (!surveyId.success) return { ok: false, formError: "notFound" };
  const parsed = questionInputSchema.safeParse(input);
  if (!parsed.success) return refusalOf(parsed.error);
  return db.transaction(async (tx) => {
    const [survey] = await tx.select().from(surveys).where(eq(surveys.id, surveyId.data)).for("update");
    if (!survey) return { ok: false, formError: "notFound" } as const;
    if ((await responseCount(tx, survey.id)) > 0) return { ok: false, formError: "surveyHasResponses" } as const;
    const [{ next }] = await tx
      .select({ next: sql<number>`coalesce(max(${surveyQuestions.position}), 0) + 1` })
      .from(surveyQuestions)
      .where(eq(surveyQuestions.surveyId, survey.id));
    const [row] = await tx
      .insert(surveyQuestions)
      .values({ surveyId: survey.id, position: Number(next), ...parsed.data })
      .returning();
    await recordAudit(tx, {
      actor: actorOf(principal),
      action: "survey.addQuestion",
      entityType: "survey",
      entityId: survey.id,
      after: row,
    });
    return { ok: true, value: { id: row.id } } as const;
  });
}

export async function removeQuestion(db: Db, principal: Principal | null, input: Record<string, unknown>): Promise<CommandResult<null>> {
  authorize(principal, "survey.manage");
  const parsed = z.object({ questionId: idSchema }).safeParse(input);
  if (!parsed.success) return refusalOf(parsed.error);
  return db.transaction(async (tx) => {
    const [question] = await tx.select().from(surveyQuestions).where(eq(surveyQuestions.id, parsed.data.questionId));
    if (!question) return { ok: false, formError: "notFound" } as const;
    await tx.select({ id: surveys.id }).from(surveys).where(eq(surveys.id, question.surveyId)).for("update");
    if ((await responseCount(tx, question.surveyId)) > 0) return { ok: false, formError: "surveyHasResponses" } as const;
    await tx.delete(surveyQuestions).where(eq(surveyQuestions.id, question.id));
    await recordAudit(tx, {
      actor: actorOf(principal),
      action: "survey.removeQuestion",
      entityType: "survey",
      entityId: question.surveyId,
      before: question,
    });
    return { ok: true, value: null } as const;
  });
}

/** Answered once per person (the unique index decides a race), only while the consultation is open. */
export async function answerSurvey(
  db: Db,
  principal: Principal | null,
  consultationId: string,
  form: Record<string, string | string[] | undefined>,
  now?: Date,
): Promise<CommandResult<null>> {
  authorize(principal, "survey.answer");
  if (!isId(consultationId)) return { ok: false, formError: "notFound" };
  return db.transaction(async (tx) => {
    const [survey] = await tx.select().from(surveys).where(eq(surveys.consultationId, consultationId));
    if (!survey) return { ok: false, formError: "notFound" } as const;
    if ((await consultationPhase(tx, consultationId, now)) !== "open") return { ok: false, formError: "surveyClosed" } as const;
    const [already] = await tx
      .select({ id: surveyResponses.id })
      .from(surveyResponses)
      .where(and(eq(surveyResponses.surveyId, survey.id), eq(surveyResponses.userId, principal.userId)));
    if (already) return { ok: false, formError: "alreadyAnswered" } as const;
    const parsed = parseAnswers(await loadQuestions(tx, survey.id), form);
    if (!parsed.ok) return { ok: false, fieldErrors: parsed.fieldErrors } as const;
    const [row] = await tx
      .insert(surveyResponses)
      .values({ surveyId: survey.id, userId: principal.userId, answers: parsed.answers, ...(now && { createdAt: now }) })
      .onConflictDoNothing()
      .returning({ id: surveyResponses.id });
    if (!row) return { ok: false, formError: "alreadyAnswered" } as const;
    await recordAudit(tx, {
      actor: actorOf(principal),
      action: "survey.answer",
      entityType: "survey_response",
      entityId: row.id,
      after: { surveyId: survey.id },
    });
    return { ok: true, value: null } as const;
  });
}
