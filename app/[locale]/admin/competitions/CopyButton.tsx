"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { idleForm } from "@/lib/forms/result";
import { copyCompetitionAction } from "./actions";

export function CopyButton({ id, label, title }: { id: string; label: string; title: string }) {
  const [state, action, pending] = useActionState(copyCompetitionAction, idleForm);
  return (
    <form noValidate action={action}>
      <ErrorSummary namespace="competitionErrors" state={state} labels={{}} />
      <input type="hidden" name="id" value={id} />
      <button type="submit" disabled={pending} aria-label={`${label}: ${title}`} className="text-brand-700 underline">
        {label}
      </button>
    </form>
  );
}
