import { and, eq } from "drizzle-orm";
import type { Principal } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/open";
import { follows } from "@/lib/db/schema/notifications";
import { surveyResponses, surveys } from "@/lib/db/schema/surveys";

export interface ConsultationPersonalState {
  loggedIn: boolean;
  following: boolean;
  surveyAnswered: boolean;
}

/**
 * What the cached consultation page shows differently for the person looking at it: whether they
 * follow it and whether they answered its survey. Read per request (GET /api/v1/consultations/{id}/me,
 * no-store), never inside the cached page.
 */
export async function consultationPersonalState(
  db: Db,
  principal: Principal | null,
  consultationId: string,
): Promise<ConsultationPersonalState> {
  if (!principal) return { loggedIn: false, following: false, surveyAnswered: false };
  const [[followRow], [answerRow]] = await Promise.all([
    db
      .select({ id: follows.id })
      .from(follows)
      .where(and(eq(follows.userId, principal.userId), eq(follows.consultationId, consultationId)))
      .limit(1),
    db
      .select({ id: surveyResponses.id })
      .from(surveyResponses)
      .innerJoin(surveys, eq(surveys.id, surveyResponses.surveyId))
      .where(and(eq(surveys.consultationId, consultationId), eq(surveyResponses.userId, principal.userId)))
      .limit(1),
  ]);
  return { loggedIn: true, following: !!followRow, surveyAnswered: !!answerRow };
}
