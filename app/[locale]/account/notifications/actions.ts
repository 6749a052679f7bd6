"use server";

import { revalidatePath } from "next/cache";
import { currentPrincipal } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import type { FormState } from "@/lib/forms/result";
import { guarded, refused } from "@/lib/meetings/action";
import { follow, setDigest, unfollow } from "@/lib/notifications/follows";

const page = "/[locale]/account/notifications";

export async function followAction(_: FormState, formData: FormData): Promise<FormState> {
  const db = await getDb();
  const principal = await currentPrincipal();
  const result = await guarded(() => follow(db, principal, Object.fromEntries(formData)));
  if (!result.ok) return refused(result);
  revalidatePath(page, "page");
  return { status: "success", message: "followed" };
}

export async function unfollowAction(_: FormState, formData: FormData): Promise<FormState> {
  const db = await getDb();
  const principal = await currentPrincipal();
  const result = await guarded(() => unfollow(db, principal, Object.fromEntries(formData)));
  if (!result.ok) return refused(result);
  revalidatePath(page, "page");
  return { status: "success", message: "unfollowed" };
}

export async function digestAction(_: FormState, formData: FormData): Promise<FormState> {
  const db = await getDb();
  const principal = await currentPrincipal();
  const result = await guarded(() => setDigest(db, principal, Object.fromEntries(formData)));
  if (!result.ok) return refused(result);
  revalidatePath(page, "page");
  return { status: "success", message: "saved" };
}
