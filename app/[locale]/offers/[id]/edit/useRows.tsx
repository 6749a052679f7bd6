"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, type RefObject } from "react";

type FocusTarget = { row: number } | "undo" | null;
type Announcement = { kind: "removed" | "restored"; n: number } | null;

/**
 * Repeatable rows of a table (costs, schedule, results, representatives), keyboard-first: an added
 * row takes focus at its first field; a removed row can be brought back ("Cofnij"), focus moving to
 * that undo button, so it stays in the table; both are announced politely.
 */
export function useRows<T>(rows: T[], setRows: (rows: T[]) => void, empty: () => T) {
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const undoRef = useRef<HTMLButtonElement>(null);
  const focusNext = useRef<FocusTarget>(null);
  const [removed, setRemoved] = useState<{ row: T; index: number } | null>(null);
  const [announcement, setAnnouncement] = useState<Announcement>(null);

  // after the render that added, removed or restored a row: its focus target exists now
  useEffect(() => {
    const target = focusNext.current;
    if (!target) return;
    focusNext.current = null;
    if (target === "undo") undoRef.current?.focus();
    else bodyRef.current?.rows[target.row]?.querySelector<HTMLElement>("input, select, textarea")?.focus();
  });

  return {
    bodyRef,
    undoRef,
    removed,
    announcement,
    add() {
      focusNext.current = { row: rows.length };
      setRemoved(null);
      setAnnouncement(null);
      setRows([...rows, empty()]);
    },
    remove(index: number) {
      focusNext.current = "undo";
      setRemoved({ row: rows[index], index });
      setAnnouncement({ kind: "removed", n: index + 1 });
      setRows(rows.filter((_, j) => j !== index));
    },
    undo() {
      if (!removed) return;
      focusNext.current = { row: removed.index };
      setRows([...rows.slice(0, removed.index), removed.row, ...rows.slice(removed.index)]);
      setAnnouncement({ kind: "restored", n: removed.index + 1 });
      setRemoved(null);
    },
  };
}

/** Under a table: what happened to its rows (a polite live region) and the undo button of a removal. */
export function RowsNotice({
  announcement,
  removed,
  undo,
  undoRef,
}: {
  announcement: Announcement;
  removed: unknown;
  undo: () => void;
  undoRef: RefObject<HTMLButtonElement | null>;
}) {
  const t = useTranslations("offers");
  return (
    <div className="mt-2 flex flex-wrap items-center gap-3">
      <p role="status" className="text-sm">
        {announcement && t(announcement.kind === "removed" ? "rowRemoved" : "rowRestored", { n: announcement.n })}
      </p>
      {removed && announcement?.kind === "removed" ? (
        <button ref={undoRef} type="button" className="rounded border-2 border-gray-700 px-3 py-1 font-semibold" onClick={undo}>
          {t("undoRemove", { n: announcement.n })}
        </button>
      ) : null}
    </div>
  );
}
