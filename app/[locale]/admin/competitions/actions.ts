"use server";

import { revalidateCompetitions } from "@/lib/competitions/cache";
import { announceCompetition, cancelCompetition, closeCompetition, copyCompetition, saveCompetition } from "@/lib/competitions/commands";
import { formAction, withClock } from "@/lib/forms/action";
import { revalidateResults } from "@/lib/decisions/cache";
import { voidCompetition } from "@/lib/decisions/ending";

/** The competition's page after a step, with the confirmation of that step. */
const backTo = (id: unknown, done: string) => ({ pathname: `/admin/competitions/${id}`, query: { done } });

export const saveCompetitionAction = formAction(saveCompetition, {
  revalidate: revalidateCompetitions,
  redirect: (competition) => ({ pathname: `/admin/competitions/${competition.id}`, query: { saved: "1" } }),
});
export const announceCompetitionAction = formAction(withClock(announceCompetition), {
  revalidate: revalidateCompetitions,
  redirect: (_, input) => backTo(input.id, "announced"),
});
export const cancelCompetitionAction = formAction(withClock(cancelCompetition), {
  revalidate: revalidateCompetitions,
  redirect: (_, input) => backTo(input.id, "cancelledNotice"),
});
/** art. 18a: the public page and the open data show the voided status at once. */
export const voidCompetitionAction = formAction(withClock(voidCompetition), {
  revalidate: (_, input) => {
    revalidateCompetitions();
    revalidateResults(String(input.competitionId));
  },
  redirect: (_, input) => backTo(input.competitionId, "voidedNotice"),
});
/** The public pages show the status. */
export const closeCompetitionAction = formAction(withClock(closeCompetition), {
  revalidate: revalidateCompetitions,
  redirect: (_, input) => backTo(input.id, "closedNotice"),
});
export const copyCompetitionAction = formAction(copyCompetition, { redirect: (copy) => `/admin/competitions/${copy.id}` });
