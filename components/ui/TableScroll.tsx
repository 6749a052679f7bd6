import type { ReactNode } from "react";

/**
 * A table too wide for a phone scrolls inside this region, never the page (WCAG 1.4.10 reflow). The
 * region is named (by `label`, or by the id of its caption or heading in `labelledBy`) and focusable,
 * so a keyboard user can scroll it with the arrow keys (WCAG 2.1.1) and a screen reader says what it
 * holds. For lists a phone reads better as label: value rows, see `.table-stack` in globals.css.
 */
export function TableScroll({
  label,
  labelledBy,
  className = "",
  children,
}: {
  children: ReactNode;
  className?: string;
} & ({ label: string; labelledBy?: never } | { labelledBy: string; label?: never })) {
  return (
    <div role="region" aria-label={label} aria-labelledby={labelledBy} tabIndex={0} className={`table-scroll ${className}`}>
      {children}
    </div>
  );
}
