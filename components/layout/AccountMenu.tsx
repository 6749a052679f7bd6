"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useRef, useState, type KeyboardEvent } from "react";
import type { MenuItem } from "@/lib/auth/menu";
import { localizedPath, splitLocale } from "@/lib/i18n/paths";

interface Me {
  user: { name: string; email: string } | null;
  menu: MenuItem[];
}

/** The menu's texts, translated on the server (Header): the shell carries no translation code. */
export interface AccountMenuTexts {
  accountMenu: string;
  login: string;
  register: string;
  logout: string;
  items: Record<MenuItem["label"], string>;
}

const itemClass = "block w-full rounded px-3 py-2 text-left text-sm outline-none hover:bg-brand-50 focus:bg-brand-50 focus:underline";

/**
 * Rendered in the browser from /api/me, so the cached HTML of public pages is the same for
 * everyone and nothing personal leaks between visitors.
 *
 * A hand-written menu button (WAI-ARIA APG "menu button"): Enter, Space or ↓ opens it on the first
 * item, ↑ on the last; ↑ ↓ Home End move between items, Escape closes it back on the button, Tab or
 * a click elsewhere closes it. About 2 kB instead of the 30 kB a menu library adds to every page.
 */
export function AccountMenu({ texts, logoutAction }: { texts: AccountMenuTexts; logoutAction: () => Promise<unknown> }) {
  const pathname = usePathname();
  const locale = splitLocale(pathname).locale;
  const [me, setMe] = useState<Me | null>(null);
  // open on the page where it was opened (following an item closes it), with the item to focus
  const [openOn, setOpenOn] = useState<{ pathname: string; focus: "first" | "last" } | null>(null);
  const open = openOn?.pathname === pathname;
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let live = true;
    fetch("/api/me", { cache: "no-store", credentials: "same-origin" })
      .then((response) => (response.ok ? response.json() : { user: null, menu: [] }))
      .then((data: Me) => live && setMe(data))
      .catch(() => live && setMe({ user: null, menu: [] }));
    return () => {
      live = false;
    };
  }, [pathname]);

  const items = () => Array.from(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? []);

  useEffect(() => {
    if (!open) return;
    const all = items();
    (openOn?.focus === "last" ? all[all.length - 1] : all[0])?.focus();
    // a pointer outside closes the menu (focus moving elsewhere does too: onBlur below)
    const outside = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpenOn(null);
    };
    document.addEventListener("pointerdown", outside);
    return () => document.removeEventListener("pointerdown", outside);
  }, [open, openOn?.focus]);

  function close(focusButton: boolean) {
    setOpenOn(null);
    if (focusButton) button.current?.focus();
  }

  function onButtonKey(event: KeyboardEvent<HTMLButtonElement>) {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      setOpenOn({ pathname, focus: event.key === "ArrowUp" ? "last" : "first" });
    }
  }

  function onMenuKey(event: KeyboardEvent<HTMLDivElement>) {
    const all = items();
    const at = all.indexOf(document.activeElement as HTMLElement);
    const move = (index: number) => {
      event.preventDefault();
      all[(index + all.length) % all.length]?.focus();
    };
    if (event.key === "ArrowDown") move(at + 1);
    else if (event.key === "ArrowUp") move(at - 1);
    else if (event.key === "Home") move(0);
    else if (event.key === "End") move(all.length - 1);
    else if (event.key === "Escape") {
      event.preventDefault();
      close(true);
    } else if (event.key === "Tab") close(false);
  }

  if (!me?.user) {
    // Until /api/me answers, the links hold their place unseen (visibility: hidden, out of the
    // accessibility tree): no "loading" text and no shift of the header when they appear.
    return (
      <div className={`flex flex-wrap items-center gap-2${me ? "" : " invisible"}`}>
        <Link href={localizedPath(locale, "/login")} className="rounded px-3 py-1.5 text-sm font-semibold underline hover:bg-brand-700">
          {texts.login}
        </Link>
        <Link
          href={localizedPath(locale, "/register")}
          className="rounded bg-white px-3 py-1.5 text-sm font-semibold text-brand-800 hover:bg-brand-100"
        >
          {texts.register}
        </Link>
      </div>
    );
  }

  return (
    <div
      ref={root}
      className="relative"
      onBlur={(event) => {
        if (open && !root.current?.contains(event.relatedTarget as Node | null) && event.relatedTarget) setOpenOn(null);
      }}
    >
      <button
        ref={button}
        type="button"
        id="account-menu-button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? "account-menu" : undefined}
        aria-label={`${texts.accountMenu}: ${me.user.name}`}
        onClick={() => (open ? close(false) : setOpenOn({ pathname, focus: "first" }))}
        onKeyDown={onButtonKey}
        className="flex items-center gap-2 rounded border border-white/60 px-3 py-1.5 text-sm font-semibold hover:bg-brand-700"
      >
        <span>{me.user.name}</span>
        <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <div
          ref={menu}
          id="account-menu"
          role="menu"
          aria-labelledby="account-menu-button"
          onKeyDown={onMenuKey}
          className="absolute right-0 top-full z-50 mt-1.5 w-max min-w-56 max-w-[calc(100vw-2rem)] rounded border border-gray-300 bg-white p-1 text-ink shadow-lg"
        >
          <div className="break-all px-3 py-2 text-xs text-muted">{me.user.email}</div>
          {me.menu.map((item) => (
            <Link
              key={item.href}
              href={localizedPath(locale, item.href)}
              role="menuitem"
              tabIndex={-1}
              className={itemClass}
              onClick={() => setOpenOn(null)}
            >
              {texts.items[item.label]}
            </Link>
          ))}
          <div role="separator" className="my-1 h-px bg-gray-200" />
          <form
            noValidate
            action={async () => {
              await logoutAction();
            }}
          >
            <button type="submit" role="menuitem" tabIndex={-1} className={itemClass}>
              {texts.logout}
            </button>
          </form>
        </div>
      )}
    </div>
  );
}
