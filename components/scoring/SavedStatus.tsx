"use client";

import type { ReactNode } from "react";
import type { FormState } from "@/lib/forms/result";

/** A live region that says the form was saved (empty until then, so screen readers announce the change). */
export function SavedStatus({ state, children }: { state: FormState; children: ReactNode }) {
  return (
    <p role="status" className="mt-2 font-semibold text-green-800">
      {state.status === "success" ? children : null}
    </p>
  );
}
