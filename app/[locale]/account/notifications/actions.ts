"use server";

import { formAction } from "@/lib/forms/action";
import { revalidateNotificationSettings } from "@/lib/notifications/cache";
import { follow, setDigest, setReminders, unfollow } from "@/lib/notifications/follows";

const revalidate = revalidateNotificationSettings;

export const followAction = formAction(follow, { revalidate, notice: "followed" });
export const unfollowAction = formAction(unfollow, { revalidate, notice: "unfollowed" });
export const digestAction = formAction(setDigest, { revalidate, notice: "saved" });
export const remindersAction = formAction(setReminders, { revalidate, notice: "saved" });
