"use server";

import { currentPrincipal } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import type { FormState } from "@/lib/forms/result";
import { guarded, refused } from "@/lib/meetings/action";
import { revalidateMeeting } from "@/lib/meetings/cache";
import { cancelRegistration, registerForMeeting } from "@/lib/meetings/commands";

export async function registerAction(_: FormState, formData: FormData): Promise<FormState> {
  const db = await getDb();
  const principal = await currentPrincipal();
  const result = await guarded(() => registerForMeeting(db, principal, Object.fromEntries(formData)));
  if (!result.ok) return refused(result);
  revalidateMeeting(String(formData.get("meetingId")));
  return { status: "success", message: result.value.status };
}

export async function cancelAction(_: FormState, formData: FormData): Promise<FormState> {
  const db = await getDb();
  const principal = await currentPrincipal();
  const result = await guarded(() => cancelRegistration(db, principal, Object.fromEntries(formData)));
  if (!result.ok) return refused(result);
  revalidateMeeting(String(formData.get("meetingId")));
  return { status: "success", message: "cancelled" };
}
