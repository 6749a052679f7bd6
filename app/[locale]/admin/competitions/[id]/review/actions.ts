"use server";

import { revalidateCompetitionAdminPages, revalidateCompetitions } from "@/lib/competitions/cache";
import { formAction, withClock } from "@/lib/forms/action";
import { reviewOffer, startScoring } from "@/lib/review/commands";

export const reviewOfferAction = formAction(withClock(reviewOffer), { revalidate: revalidateCompetitionAdminPages, notice: "saved" });

export const startScoringAction = formAction(startScoring, {
  input: (formData) => ({ competitionId: formData.get("competitionId") }),
  revalidate: () => {
    revalidateCompetitions(); // the public announcement shows the stage ("scoring")
    revalidateCompetitionAdminPages();
  },
  notice: "saved",
});
