import { useEffect, useSyncExternalStore, type RefObject } from "react";

/*
 * The comment a person has just posted: it shows a confirmation and takes focus, so a screen reader
 * reads it. The form says which comment it was; the thread may show it before (the action's answer
 * carries the refreshed page) or after (replies fetched again) — a small store serves both orders.
 * Focus is taken once; the confirmation stays until the next post.
 */
let posted: { id: string; focused: boolean } | null = null;
const listeners = new Set<() => void>();

export function focusWhenShown(commentId: string) {
  posted = { id: commentId, focused: false };
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Whether this comment was just posted here; the first time it is, `target` gets focus. */
export function useJustPosted(commentId: string, target: RefObject<HTMLElement | null>) {
  const justPosted = useSyncExternalStore(
    subscribe,
    () => posted?.id === commentId,
    () => false,
  );
  useEffect(() => {
    if (!justPosted || !posted || posted.focused) return;
    posted.focused = true;
    target.current?.focus();
  }, [justPosted, target]);
  return justPosted;
}
