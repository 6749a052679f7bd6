"use server";

import { ForbiddenError } from "@/lib/auth/permissions";
import { currentPrincipal } from "@/lib/auth/session";
import { announceCompetition, cancelCompetition, closeCompetition, copyCompetition, saveCompetition } from "@/lib/competitions/commands";
import { revalidateCompetitions } from "@/lib/competitions/cache";
import { getDb } from "@/lib/db/client";
import { echoValues, type FormState } from "@/lib/forms/result";
import { redirect } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";

function localeOf(formData: FormData): Locale {
  return formData.get("locale") === "en" ? "en" : "pl";
}

async function run<T>(fn: () => Promise<T>): Promise<T | FormState> {
  try {
    return await fn();
  } catch (error) {
    if (error instanceof ForbiddenError) return { status: "error", formError: "forbidden" } satisfies FormState;
    throw error;
  }
}

export async function saveCompetitionAction(_: FormState, formData: FormData): Promise<FormState> {
  const result = await run(async () => saveCompetition(await getDb(), await currentPrincipal(), Object.fromEntries(formData)));
  if ("status" in result) return result;
  if (!result.ok) return { status: "error", fieldErrors: result.fieldErrors, formError: result.formError, values: echoValues(formData) };
  revalidateCompetitions();
  redirect({ href: { pathname: `/admin/competitions/${result.value.id}`, query: { saved: "1" } }, locale: localeOf(formData) });
  return { status: "success" };
}

export async function announceCompetitionAction(_: FormState, formData: FormData): Promise<FormState> {
  const result = await run(async () => announceCompetition(await getDb(), await currentPrincipal(), { id: formData.get("id") }));
  if ("status" in result) return result;
  if (!result.ok) return { status: "error", formError: result.formError };
  revalidateCompetitions();
  redirect({
    href: { pathname: `/admin/competitions/${String(formData.get("id"))}`, query: { done: "announced" } },
    locale: localeOf(formData),
  });
  return { status: "success", message: "announced" };
}

export async function cancelCompetitionAction(_: FormState, formData: FormData): Promise<FormState> {
  const result = await run(async () =>
    cancelCompetition(await getDb(), await currentPrincipal(), { id: formData.get("id"), reason: formData.get("reason") }),
  );
  if ("status" in result) return result;
  if (!result.ok) return { status: "error", fieldErrors: result.fieldErrors, formError: result.formError, values: echoValues(formData) };
  revalidateCompetitions();
  redirect({
    href: { pathname: `/admin/competitions/${String(formData.get("id"))}`, query: { done: "cancelledNotice" } },
    locale: localeOf(formData),
  });
  return { status: "success", message: "cancelledNotice" };
}

export async function closeCompetitionAction(_: FormState, formData: FormData): Promise<FormState> {
  const result = await run(async () => closeCompetition(await getDb(), await currentPrincipal(), { id: formData.get("id") }));
  if ("status" in result) return result;
  if (!result.ok) return { status: "error", formError: result.formError };
  revalidateCompetitions(); // the public pages show the status
  redirect({
    href: { pathname: `/admin/competitions/${String(formData.get("id"))}`, query: { done: "closedNotice" } },
    locale: localeOf(formData),
  });
  return { status: "success", message: "closedNotice" };
}

export async function copyCompetitionAction(_: FormState, formData: FormData): Promise<FormState> {
  const result = await run(async () => copyCompetition(await getDb(), await currentPrincipal(), { id: formData.get("id") }));
  if ("status" in result) return result;
  if (!result.ok) return { status: "error", formError: result.formError };
  redirect({ href: `/admin/competitions/${result.value.id}`, locale: localeOf(formData) });
  return { status: "success" };
}
