"use server";

import { formAction, withClock, withoutContext } from "@/lib/forms/action";
import { revalidateProgrammes } from "@/lib/programmes/cache";
import {
  adoptProgramme,
  bringIntoForce,
  linkCompetition,
  linkPool,
  removeTask,
  reportProgramme,
  saveProgramme,
  saveTask,
  startConsultation,
} from "@/lib/programmes/commands";

export const saveProgrammeAction = formAction(withClock(saveProgramme), {
  redirect: (value) => `/programmes/manage/${value.id}`,
  revalidate: revalidateProgrammes,
});
export const saveTaskAction = formAction(withClock(saveTask), {
  redirect: (_value, input) => `/programmes/manage/${input.programmeId}`,
  revalidate: revalidateProgrammes,
});
export const removeTaskAction = formAction(withClock(removeTask), { revalidate: revalidateProgrammes, notice: "removed" });
export const consultAction = formAction(withClock(startConsultation), { revalidate: revalidateProgrammes, notice: "consulted" });
export const adoptAction = formAction(withClock(adoptProgramme), { revalidate: revalidateProgrammes, notice: "adopted" });
export const bringIntoForceAction = formAction(withClock(bringIntoForce), { revalidate: revalidateProgrammes, notice: "inForce" });
export const reportAction = formAction(withClock(reportProgramme), { revalidate: revalidateProgrammes, notice: "reported" });
export const linkCompetitionAction = formAction(withoutContext(linkCompetition), { revalidate: revalidateProgrammes, notice: "saved" });
export const linkPoolAction = formAction(withoutContext(linkPool), { revalidate: revalidateProgrammes, notice: "saved" });
