"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { translateError } from "@/components/forms/ErrorSummary";
import { idleForm } from "@/lib/forms/result";
import { updateUserAction } from "./actions";

/** One row's buttons; each is its own small form so it works without JavaScript too. */
export function UserActions({
  userId,
  name,
  isAdmin,
  isCentreStaff,
  active,
}: {
  userId: string;
  name: string;
  isAdmin: boolean;
  isCentreStaff: boolean;
  active: boolean;
}) {
  const t = useTranslations("admin.users");
  const errors = useTranslations("errors");
  const [state, action] = useActionState(updateUserAction, idleForm);
  const button = "rounded border-2 border-brand-600 px-2 py-1 text-sm font-semibold text-brand-700 hover:bg-brand-50";
  return (
    <div className="flex flex-wrap gap-2">
      <form noValidate action={action}>
        <input type="hidden" name="userId" value={userId} />
        <input type="hidden" name="isAdmin" value={String(!isAdmin)} />
        <button type="submit" className={button} aria-label={`${isAdmin ? t("revokeAdmin") : t("makeAdmin")}: ${name}`}>
          {isAdmin ? t("revokeAdmin") : t("makeAdmin")}
        </button>
      </form>
      <form noValidate action={action}>
        <input type="hidden" name="userId" value={userId} />
        <input type="hidden" name="isCentreStaff" value={String(!isCentreStaff)} />
        <button type="submit" className={button} aria-label={`${isCentreStaff ? t("revokeCentreStaff") : t("makeCentreStaff")}: ${name}`}>
          {isCentreStaff ? t("revokeCentreStaff") : t("makeCentreStaff")}
        </button>
      </form>
      <form noValidate action={action}>
        <input type="hidden" name="userId" value={userId} />
        <input type="hidden" name="active" value={String(!active)} />
        <button type="submit" className={button} aria-label={`${active ? t("deactivate") : t("activate")}: ${name}`}>
          {active ? t("deactivate") : t("activate")}
        </button>
      </form>
      <p role="status" className="text-sm">
        {state.status === "error" && (
          <span className="font-semibold text-accent-600">{translateError(errors, state.formError ?? "invalid")}</span>
        )}
        {state.status === "success" && t("saved")}
      </p>
    </div>
  );
}
