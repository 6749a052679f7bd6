"use client";

import { createContext, useContext } from "react";

/**
 * A draft past its competition's deadline is read-only: every control of the editor reads this and is
 * disabled. (Not a disabled <fieldset>: what is inside one counts as not focusable, so the tables'
 * scroll regions could not be reached by keyboard, WCAG 2.1.1.)
 */
export const ReadOnlyContext = createContext(false);

export const useReadOnly = () => useContext(ReadOnlyContext);
