"use client";

import { useTranslations } from "next-intl";
import { useSyncExternalStore } from "react";
import { Notice } from "@/components/ui/Notice";

const noSubscription = () => () => {};

/** Read in the browser so the home page itself stays static and cached. */
export function LoggedOutNotice() {
  const t = useTranslations("auth");
  const shown = useSyncExternalStore(
    noSubscription,
    () => new URLSearchParams(window.location.search).has("loggedOut"),
    () => false,
  );
  return shown ? <Notice tone="success">{t("loggedOut")}</Notice> : null;
}
