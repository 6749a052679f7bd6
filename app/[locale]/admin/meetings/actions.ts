"use server";

import { currentPrincipal } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { echoValues, type FormState } from "@/lib/forms/result";
import { getPathname } from "@/lib/i18n/navigation";
import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { guarded, refused } from "@/lib/meetings/action";
import { revalidateMeeting } from "@/lib/meetings/cache";
import { createMeeting, publishMinutes } from "@/lib/meetings/commands";

export async function createMeetingAction(_: FormState, formData: FormData): Promise<FormState> {
  const db = await getDb();
  const principal = await currentPrincipal();
  const result = await guarded(() => createMeeting(db, principal, Object.fromEntries(formData)));
  if (!result.ok) return refused(result, echoValues(formData));
  revalidateMeeting();
  const locale = (await getLocale()) as Locale;
  redirect(getPathname({ href: `/admin/meetings/${result.value.id}`, locale }));
}

export async function minutesAction(_: FormState, formData: FormData): Promise<FormState> {
  const db = await getDb();
  const principal = await currentPrincipal();
  const result = await guarded(() => publishMinutes(db, principal, Object.fromEntries(formData)));
  if (!result.ok) return refused(result, echoValues(formData));
  revalidateMeeting(String(formData.get("meetingId")));
  return { status: "success", message: "minutesSaved" };
}
