import "server-only";
import { revalidatePath, revalidateTag, unstable_cache } from "next/cache";
import { getDb } from "@/lib/db/client";
import { surveyOf, surveyResults } from "./queries";

/** Cache tags of a consultation's survey: "surveys" for all, `survey:{consultationId}` for one. */
const TAG = "surveys";
export const surveyTag = (consultationId: string) => `survey:${consultationId}`;

/** The survey of a consultation as its public page shows it (no personal data). */
export function cachedSurvey(consultationId: string) {
  return unstable_cache(async () => surveyOf(await getDb(), consultationId), ["survey-of", consultationId], {
    tags: [surveyTag(consultationId), TAG],
    revalidate: 600,
  })();
}

/** The results of a consultation's survey (shown once the consultation is closed). */
export function cachedSurveyResults(consultationId: string) {
  return unstable_cache(async () => surveyResults(await getDb(), consultationId), ["survey-results", consultationId], {
    tags: [surveyTag(consultationId), TAG],
    revalidate: 600,
  })();
}

/** After an answer: the public page's counts and results. */
export function revalidateSurvey(consultationId: string) {
  revalidateTag(surveyTag(consultationId), { expire: 0 });
}

/** After the administrator changed a survey: its public pages and the editing page. */
export function revalidateSurveyPages(consultationId: string) {
  revalidateSurvey(consultationId);
  revalidatePath("/[locale]/admin/surveys/[consultationId]", "page");
}
