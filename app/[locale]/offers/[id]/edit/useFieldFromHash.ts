"use client";

import { useEffect, useSyncExternalStore } from "react";

const subscribe = (onChange: () => void) => {
  window.addEventListener("hashchange", onChange);
  return () => window.removeEventListener("hashchange", onChange);
};

/** The field a link points at (`#field-task.description`), or "" (also while rendered on the server). */
function useFieldHash() {
  return useSyncExternalStore(
    subscribe,
    () => {
      const hash = decodeURIComponent(window.location.hash.slice(1));
      return hash.startsWith("field-") ? hash : "";
    },
    () => "",
  );
}

/**
 * A link from the check page (`…/edit#field-task.description`) moves focus to that field, not only
 * the view: its input, or the first control of a table or group, or the block itself. The view
 * scrolls so the field shows below the sticky save status (`scroll-margin-top` in globals.css).
 * Returns whether the page was opened at a field.
 */
export function useFieldFromHash(): boolean {
  const hash = useFieldHash();
  useEffect(() => {
    if (!hash) return;
    const block = document.getElementById(hash);
    if (!block) return;
    const control = block.matches("input, select, textarea")
      ? block
      : block.querySelector<HTMLElement>("input:not([disabled]), select:not([disabled]), textarea:not([disabled]), button:not([disabled])");
    const target = control ?? block;
    if (!control) target.tabIndex = -1;
    target.focus({ preventScroll: true });
    // a text field scrolls with its label, hint and error (its wrapper), not just the box
    const view = control === block ? (block.closest<HTMLElement>("[data-field]") ?? block) : block;
    view.scrollIntoView({ block: "start" });
  }, [hash]);
  return hash !== "";
}
