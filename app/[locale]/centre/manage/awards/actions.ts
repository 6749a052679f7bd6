"use server";

import { revalidateAwards } from "@/lib/awards/cache";
import { appointJuror, closeNominations, createAward, createEdition, createGala, publishResults, setLaureate } from "@/lib/awards/commands";
import { formAction, formInput, withClock, withoutContext } from "@/lib/forms/action";
import { revalidateMeeting } from "@/lib/meetings/cache";

export const createAwardAction = formAction(withoutContext(createAward), {
  input: (formData) => formInput(formData, ["nominators"]),
  revalidate: revalidateAwards,
  notice: "awardCreated",
});
export const createEditionAction = formAction(withoutContext(createEdition), {
  revalidate: revalidateAwards,
  redirect: (value) => `/centre/manage/awards/${value.id}`,
});
export const appointJurorAction = formAction(withClock(appointJuror), { revalidate: revalidateAwards, notice: "appointed" });
export const closeNominationsAction = formAction(withoutContext(closeNominations), {
  revalidate: revalidateAwards,
  notice: "nominationsClosed",
});
export const setLaureateAction = formAction(withClock(setLaureate), { revalidate: revalidateAwards, notice: "laureateSaved" });
export const publishResultsAction = formAction(withClock(publishResults), { revalidate: revalidateAwards, notice: "published" });
export const createGalaAction = formAction(createGala, {
  revalidate: () => {
    revalidateAwards();
    revalidateMeeting();
  },
  notice: "galaCreated",
});
