"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { TextArea } from "@/components/forms/Field";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { Notice } from "@/components/ui/Notice";
import { idleForm } from "@/lib/forms/result";
import { announceCompetitionAction, cancelCompetitionAction, closeCompetitionAction, voidCompetitionAction } from "../actions";

/** `minimumDays`: the offer deadline's minimum (art. 13 ust. 1; a setting may raise it), named in the refusal. */
export function AnnounceForm({ id, minimumDays }: { id: string; minimumDays: number }) {
  const t = useTranslations("competitionsAdmin");
  const [state, action] = useActionState(announceCompetitionAction, idleForm);
  // every missing element of art. 13 ust. 2 is listed by its field's label and links to it
  const labels = Object.fromEntries(Object.keys(t.raw("fields") as object).map((k) => [k, t(`fields.${k}` as never)]));
  if (state.status === "success") return <Notice tone="success">{t("announced")}</Notice>;
  return (
    <form id="announce" noValidate action={action} className="mb-8 border-2 border-brand-600 p-4">
      <ErrorSummary state={state} labels={labels} namespace="competitionErrors" values={{ days: minimumDays }} />
      <h2 className="mb-2 text-xl font-bold">{t("announce")}</h2>
      <p className="mb-4">{t("announceHint")}</p>
      <input type="hidden" name="id" value={id} />
      <SubmitButton>{t("announce")}</SubmitButton>
    </form>
  );
}

export function CancelForm({ id }: { id: string }) {
  const t = useTranslations("competitionsAdmin");
  const [state, action] = useActionState(cancelCompetitionAction, idleForm);
  if (state.status === "success") return <Notice tone="success">{t("cancelledNotice")}</Notice>;
  return (
    <form noValidate action={action} className="mb-8 border-2 border-accent-600 p-4">
      <ErrorSummary state={state} labels={{ reason: t("fields.reason") }} namespace="competitionErrors" />
      <h2 className="mb-2 text-xl font-bold">{t("cancel")}</h2>
      <p className="mb-4">{t("cancelHint")}</p>
      <input type="hidden" name="id" value={id} />
      <TextArea name="reason" label={t("fields.reason")} state={state} namespace="competitionErrors" />
      <SubmitButton variant="danger">{t("cancel")}</SubmitButton>
    </form>
  );
}

export function CloseForm({ id }: { id: string }) {
  const t = useTranslations("competitionsAdmin");
  const [state, action] = useActionState(closeCompetitionAction, idleForm);
  if (state.status === "success") return <Notice tone="success">{t("closedNotice")}</Notice>;
  return (
    <form id="close" noValidate action={action} className="mb-8 border-2 border-brand-600 p-4">
      <ErrorSummary state={state} labels={{}} namespace="competitionErrors" />
      <h2 className="mb-2 text-xl font-bold">{t("close")}</h2>
      <p className="mb-4">{t("closeHint")}</p>
      <input type="hidden" name="id" value={id} />
      <SubmitButton variant="secondary">{t("close")}</SubmitButton>
    </form>
  );
}

/** art. 18a: offered only when its ground applies; `groundText` is the ground in words. */
export function VoidForm({ id, groundText }: { id: string; groundText: string }) {
  const t = useTranslations("competitionsAdmin");
  const [state, action] = useActionState(voidCompetitionAction, idleForm);
  if (state.status === "success") return <Notice tone="success">{t("voidedNotice")}</Notice>;
  return (
    <form id="void" noValidate action={action} className="mb-8 border-2 border-accent-600 p-4">
      <ErrorSummary state={state} labels={{ justification: t("fields.justification") }} namespace="competitionErrors" />
      <h2 className="mb-2 text-xl font-bold">{t("voidTitle")}</h2>
      <p className="mb-4">{t("voidHint", { ground: groundText })}</p>
      <input type="hidden" name="competitionId" value={id} />
      <TextArea name="justification" label={t("fields.justification")} state={state} namespace="competitionErrors" />
      <SubmitButton variant="danger">{t("void")}</SubmitButton>
    </form>
  );
}
