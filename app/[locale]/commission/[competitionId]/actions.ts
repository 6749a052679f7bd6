"use server";

import { formAction, withClock } from "@/lib/forms/action";
import { revalidateCommissionDesk } from "@/lib/scoring/cache";
import { closeScoring, declareConflict, signDeclaration, submitScores } from "@/lib/scoring/commands";

const desk = { revalidate: revalidateCommissionDesk, notice: "saved" };

export const signDeclarationAction = formAction(withClock(signDeclaration), desk);
export const declareConflictAction = formAction(declareConflict, desk);
export const submitScoresAction = formAction(withClock(submitScores), desk);
export const closeScoringAction = formAction(withClock(closeScoring), desk);
