"use server";

import { createAdviser, publishSlots, setAdviserActive, withdrawSlots } from "@/lib/advice/commands";
import { revalidateAdvice } from "@/lib/advice/cache";
import { formAction, formInput, withClock } from "@/lib/forms/action";

export const addAdviserAction = formAction(createAdviser, {
  input: (formData) => formInput(formData, ["topics"]),
  echo: (formData) => ({
    ...Object.fromEntries(
      [...formData.entries()].filter(([k, v]) => typeof v === "string" && !k.startsWith("$ACTION")) as [string, string][],
    ),
    topics: formData.getAll("topics").join(","),
  }),
  notice: "added",
});

export const publishAction = formAction(publishSlots, {
  input: (formData) => formInput(formData, ["weekdays"]),
  echo: (formData) => ({
    ...Object.fromEntries(
      [...formData.entries()].filter(([k, v]) => typeof v === "string" && !k.startsWith("$ACTION")) as [string, string][],
    ),
    weekdays: formData.getAll("weekdays").join(","),
  }),
  revalidate: revalidateAdvice,
  notice: (value) => `${value.created}/${value.skipped}`,
  keepValues: true,
});

export const withdrawSlotsAction = formAction(withClock(withdrawSlots), {
  input: (formData) => formInput(formData, ["slotIds"]),
  revalidate: revalidateAdvice,
  notice: (value) => String(value.withdrawn),
});

export const adviserActiveAction = formAction(withClock(setAdviserActive), {
  revalidate: revalidateAdvice,
  notice: (value) => (value.active ? "activated" : "deactivated"),
});
