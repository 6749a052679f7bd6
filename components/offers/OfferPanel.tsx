"use client";

import { useEffect, useRef, type ReactNode } from "react";

/** Wide screens (Tailwind's lg) show the offer open beside the form; narrow ones keep it behind its disclosure. */
const WIDE = "(min-width: 1024px)";

/**
 * The offer as a disclosure: closed on a phone (the form comes first to hand), opened on a wide
 * screen where it sits beside the form. The document scrolls in its own labelled, focusable region.
 */
export function OfferPanel({ summary, regionLabel, children }: { summary: string; regionLabel: string; children: ReactNode }) {
  const ref = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    if (ref.current && window.matchMedia(WIDE).matches) ref.current.open = true;
  }, []);
  return (
    <details ref={ref} className="mb-6 min-w-0 rounded border-2 border-gray-300 lg:sticky lg:top-4" data-testid="offer-panel">
      <summary className="cursor-pointer p-3 font-semibold text-brand-700 underline">{summary}</summary>
      <div
        role="region"
        aria-label={regionLabel}
        tabIndex={0}
        className="border-t-2 border-gray-300 p-3 lg:max-h-[85vh] lg:overflow-y-auto"
      >
        {children}
      </div>
    </details>
  );
}
