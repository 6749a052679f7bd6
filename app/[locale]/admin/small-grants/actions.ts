"use server";

import type { FormState } from "@/lib/forms/result";
import { revalidateSmallGrant, runFormCommand } from "@/lib/small-grants/action";
import { addLimitSet, setPlannedPool } from "@/lib/small-grants/limit-settings";
import { acceptSmallGrant, answerSmallGrantComment, publishSmallGrant, refuseSmallGrant } from "@/lib/small-grants/review";

export async function publishAction(_: FormState, formData: FormData): Promise<FormState> {
  return runFormCommand(
    formData,
    (db, p, v) => publishSmallGrant(db, p, v, new Date()),
    (v) => (revalidateSmallGrant(v.id), { status: "success", message: "published" }),
  );
}

export async function answerAction(_: FormState, formData: FormData): Promise<FormState> {
  return runFormCommand(
    formData,
    (db, p, v) => answerSmallGrantComment(db, p, v),
    (v) => (revalidateSmallGrant(v.smallGrantId), { status: "success", message: "answered" }),
  );
}

export async function acceptAction(_: FormState, formData: FormData): Promise<FormState> {
  return runFormCommand(
    formData,
    (db, p, v) => acceptSmallGrant(db, p, v, new Date()),
    (v) => (revalidateSmallGrant(v.id), { status: "success", message: v.contractNumber }),
  );
}

export async function refuseAction(_: FormState, formData: FormData): Promise<FormState> {
  return runFormCommand(
    formData,
    (db, p, v) => refuseSmallGrant(db, p, v, new Date()),
    (v) => (revalidateSmallGrant(v.id), { status: "success", message: "refused" }),
  );
}

export async function addLimitSetAction(_: FormState, formData: FormData): Promise<FormState> {
  return runFormCommand(formData, addLimitSet, () => ({ status: "success", message: "setAdded" }));
}

export async function setPoolAction(_: FormState, formData: FormData): Promise<FormState> {
  return runFormCommand(formData, setPlannedPool, () => ({ status: "success", message: "poolSaved" }));
}
