"use client";

import { useSyncExternalStore } from "react";
import { Notice } from "@/components/ui/Notice";

const noSubscription = () => () => {};

/** Read in the browser so the home page itself stays static and cached. */
export function LoggedOutNotice({ text }: { text: string }) {
  const shown = useSyncExternalStore(
    noSubscription,
    () => new URLSearchParams(window.location.search).has("loggedOut"),
    () => false,
  );
  return shown ? <Notice tone="success">{text}</Notice> : null;
}
