import { and, eq, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/open";
import { surveyResponses, surveys } from "@/lib/db/schema/surveys";
import type { Principal } from "@/lib/auth/permissions";
import { consultationPhase } from "@/lib/consultations/queries";
import { loadQuestions } from "./commands";
import { aggregateResults } from "./rules";
import { isId } from "@/lib/core/ids";

export async function surveyOf(db: Db, consultationId: string) {
  if (!isId(consultationId)) return null;
  const [survey] = await db.select().from(surveys).where(eq(surveys.consultationId, consultationId));
  if (!survey) return null;
  const phase = await consultationPhase(db, consultationId);
  return { id: survey.id, consultationId, intro: survey.intro, phase, questions: await loadQuestions(db, survey.id) };
}

export async function hasAnswered(db: Db, principal: Principal, surveyId: string) {
  const [row] = await db
    .select({ id: surveyResponses.id })
    .from(surveyResponses)
    .where(and(eq(surveyResponses.surveyId, surveyId), eq(surveyResponses.userId, principal.userId)));
  return !!row;
}

/** Aggregated results (no one's identity); `force` for administrators before closing. */
export async function surveyResults(db: Db, consultationId: string, options: { force?: boolean } = {}) {
  const survey = await surveyOf(db, consultationId);
  if (!survey) return null;
  if (!options.force && survey.phase !== "closed") return { survey, results: null, responses: 0 };
  const rows = await db.select({ answers: surveyResponses.answers }).from(surveyResponses).where(eq(surveyResponses.surveyId, survey.id));
  return {
    survey,
    results: aggregateResults(
      survey.questions,
      rows.map((r) => r.answers),
    ),
    responses: rows.length,
  };
}

/** For the administrators' list: per consultation with a survey, its questions and responses. */
export async function surveySummaries(db: Db) {
  const rows = await db
    .select({
      consultationId: surveys.consultationId,
      questions: sql<number>`(select count(*)::int from survey_questions q where q.survey_id = surveys.id)`,
      responses: sql<number>`(select count(*)::int from survey_responses r where r.survey_id = surveys.id)`,
    })
    .from(surveys);
  return new Map(rows.map((r) => [r.consultationId, { questions: Number(r.questions), responses: Number(r.responses) }]));
}
