"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useState, type KeyboardEvent } from "react";
import { inSection, splitLocale } from "@/lib/i18n/paths";

/** A section of the main navigation: `href` in the page's language, `section` its unprefixed path. */
export interface NavSection {
  href: string;
  section: string;
  label: string;
}

const listId = "main-nav-sections";

/**
 * The sections in a row; on a narrow screen behind a "Menu" button (a disclosure: aria-expanded,
 * aria-controls). The button and the collapsing come with JavaScript only (the `js` class the
 * layout's first script sets, globals.css): without it the list simply stays open. Its texts and
 * links come from the server (Header), so the shell needs no translation code in the browser.
 */
export function MainNav({ sections, menuLabel }: { sections: NavSection[]; menuLabel: string }) {
  const pathname = usePathname();
  const path = splitLocale(pathname).path;
  // open on the page where it was opened: following a link closes it
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === pathname;

  function closeOnEscape(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key !== "Escape" || !open) return;
    setOpenOn(null);
    event.currentTarget.querySelector<HTMLButtonElement>("button")?.focus();
  }

  return (
    <div className="mx-auto max-w-6xl px-4" onKeyDown={closeOnEscape}>
      <button
        type="button"
        className="main-nav-toggle items-center gap-2 py-2 text-sm font-semibold text-white hover:underline"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpenOn(open ? null : pathname)}
      >
        {menuLabel}
        <span aria-hidden="true">{open ? "▴" : "▾"}</span>
      </button>
      <ul id={listId} data-open={open ? "" : undefined} className="main-nav-list flex flex-col gap-1 pb-2 md:flex-row md:flex-wrap md:pb-0">
        {sections.map((section) => (
          <li key={section.href}>
            <Link
              href={section.href}
              aria-current={inSection(path, section.section) ? "page" : undefined}
              className="block px-3 py-2 text-sm font-semibold text-white hover:underline aria-[current=page]:border-l-4 aria-[current=page]:border-white md:aria-[current=page]:border-b-4 md:aria-[current=page]:border-l-0"
            >
              {section.label}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
