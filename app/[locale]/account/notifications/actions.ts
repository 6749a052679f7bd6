"use server";

import { formAction } from "@/lib/forms/action";
import { revalidateNotificationSettings } from "@/lib/notifications/cache";
import { follow, setDigest, setReminders, unfollow } from "@/lib/notifications/follows";

const revalidate = revalidateNotificationSettings;

export const followAction = formAction(follow, { revalidate, notice: "followed" });
/** Following a consultation from its page ends on a confirmation that leads back to the consultation. */
export const followConsultationAction = formAction(follow, {
  revalidate,
  redirect: (_, input) => ({ pathname: "/account/notifications", query: { followed: String(input.consultationId) } }),
});
export const unfollowAction = formAction(unfollow, { revalidate, notice: "unfollowed" });
export const digestAction = formAction(setDigest, { revalidate, notice: "saved" });
export const remindersAction = formAction(setReminders, { revalidate, notice: "saved" });
