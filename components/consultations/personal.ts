"use client";

import { useEffect, useState } from "react";
import type { ConsultationPersonalState } from "@/lib/notifications/personal";

// One no-store request per consultation and page view, shared by the follow button and the survey block.
const pending = new Map<string, Promise<ConsultationPersonalState | null>>();

function load(consultationId: string) {
  let request = pending.get(consultationId);
  if (!request) {
    request = fetch(`/api/v1/consultations/${consultationId}/me`, { cache: "no-store" })
      .then((r) => (r.ok ? (r.json() as Promise<ConsultationPersonalState>) : null))
      .catch(() => null);
    pending.set(consultationId, request);
    // Forget it once settled, so a later visit (client navigation) asks again.
    void request.finally(() => setTimeout(() => pending.delete(consultationId), 0));
  }
  return request;
}

/** The person's own state on a cached consultation page; null while loading (or on failure). */
export function useConsultationPersonalState(consultationId: string) {
  const [state, setState] = useState<ConsultationPersonalState | null>(null);
  useEffect(() => {
    let live = true;
    void load(consultationId).then((s) => live && setState(s));
    return () => {
      live = false;
    };
  }, [consultationId]);
  return state;
}
