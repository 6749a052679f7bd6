"use server";

import { formAction } from "@/lib/forms/action";
import { revalidateCommissionDesk } from "@/lib/scoring/cache";
import { closeScoring, declareConflict, signDeclaration, submitScores } from "@/lib/scoring/commands";

const desk = { revalidate: revalidateCommissionDesk, notice: "saved" };

export const signDeclarationAction = formAction(signDeclaration, desk);
export const declareConflictAction = formAction(declareConflict, desk);
export const submitScoresAction = formAction(submitScores, desk);
export const closeScoringAction = formAction(closeScoring, desk);
