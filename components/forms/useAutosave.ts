"use client";

import { useCallback, useEffect, useRef, useState } from "react";

export type SaveState = { kind: "idle" } | { kind: "saving" } | { kind: "saved"; at: string } | { kind: "error" } | { kind: "stale" };
/** What one save ended with: saved (with the time), refused as stale (someone saved a newer version), or failed. */
export type SaveOutcome = { kind: "saved"; at: string } | { kind: "stale" } | { kind: "error" };

/**
 * Autosave of a long form: a change is saved after a pause (shown as saving from the first key, so
 * "saved" always means everything typed is); saves are chained, so they reach the
 * server in order and the latest content wins; a failed save is retried with the next change (a
 * stale one is not: it would overwrite newer work); leaving the page with unsaved changes asks first.
 */
export function useAutosave<T>(content: T, initialContent: T, save: (content: T) => Promise<SaveOutcome>, delayMs = 800) {
  const [state, setState] = useState<SaveState>({ kind: "idle" });
  /** The content the last successful save sent. */
  const [savedContent, setSavedContent] = useState(initialContent);
  const dirty = useRef(false);
  const chain = useRef<Promise<void>>(Promise.resolve());
  const latest = useRef(content);
  const saveRef = useRef(save);
  useEffect(() => {
    saveRef.current = save;
  }, [save]);

  /** Saves what is unsaved now; resolves when every save so far has finished. */
  const flush = useCallback(() => {
    if (!dirty.current) return chain.current;
    dirty.current = false;
    chain.current = chain.current.then(async () => {
      setState({ kind: "saving" });
      try {
        const sent = latest.current;
        const outcome = await saveRef.current(sent);
        if (outcome.kind === "saved") setSavedContent(sent);
        setState(outcome);
        if (outcome.kind === "error") dirty.current = true;
      } catch {
        dirty.current = true;
        setState({ kind: "error" });
      }
    });
    return chain.current;
  }, []);

  useEffect(() => {
    latest.current = content;
    if (content === initialContent) return;
    dirty.current = true;
    const timer = setTimeout(() => void flush(), delayMs);
    return () => clearTimeout(timer);
  }, [content, initialContent, flush, delayMs]);

  useEffect(() => {
    const warn = (e: BeforeUnloadEvent) => {
      if (dirty.current) e.preventDefault();
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, []);

  // "saved" only when everything typed is: a change still waiting for its save shows as saving
  const waiting = content !== savedContent && content !== initialContent && (state.kind === "idle" || state.kind === "saved");
  return {
    state: waiting ? ({ kind: "saving" } as const) : state,
    flush,
    /** The content as last typed (what the next save sends). */
    latest,
    /** Saves now even when nothing changed since the last save (e.g. before leaving for a check page). */
    saveNow: () => {
      dirty.current = true;
      return flush();
    },
    /** After the content was stored another way (e.g. submitted): nothing to warn about on leaving. */
    markSaved: () => {
      dirty.current = false;
    },
  };
}
