"use client";

import { useTranslations } from "next-intl";

/** This module's error texts first (consultations.errors), then the shared ones (errors). */
export function useErrorText() {
  const own = useTranslations("consultations.errors");
  const shared = useTranslations("errors");
  return (key: string) => (own.has(key as never) ? own(key as never) : shared.has(key as never) ? shared(key as never) : shared("invalid"));
}
