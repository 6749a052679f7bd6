"use client";

import * as DropdownMenu from "@radix-ui/react-dropdown-menu";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import type { MenuItem } from "@/lib/auth/menu";
import { Link, usePathname } from "@/lib/i18n/navigation";

interface Me {
  user: { name: string; email: string } | null;
  menu: MenuItem[];
}

/**
 * Rendered in the browser from /api/me, so the cached HTML of public pages is the same for
 * everyone and nothing personal leaks between visitors.
 */
export function AccountMenu({ logoutAction }: { logoutAction: () => Promise<unknown> }) {
  const t = useTranslations("shell");
  const pathname = usePathname();
  const [me, setMe] = useState<Me | null>(null);
  const logoutForm = useRef<HTMLFormElement>(null);

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

  if (!me)
    return (
      <span className="text-sm text-brand-100" aria-live="polite">
        {t("loading")}
      </span>
    );

  if (!me.user) {
    return (
      <div className="flex flex-wrap items-center gap-2">
        <Link href="/login" className="rounded px-3 py-1.5 text-sm font-semibold underline hover:bg-brand-700">
          {t("login")}
        </Link>
        <Link href="/register" className="rounded bg-white px-3 py-1.5 text-sm font-semibold text-brand-800 hover:bg-brand-100">
          {t("register")}
        </Link>
      </div>
    );
  }

  return (
    <DropdownMenu.Root modal={false}>
      <DropdownMenu.Trigger
        className="flex items-center gap-2 rounded border border-white/60 px-3 py-1.5 text-sm font-semibold hover:bg-brand-700"
        aria-label={`${t("accountMenu")}: ${me.user.name}`}
      >
        <span>{me.user.name}</span>
        <span aria-hidden="true">▾</span>
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content
          align="end"
          sideOffset={6}
          className="z-50 min-w-56 rounded border border-gray-300 bg-white p-1 text-ink shadow-lg"
        >
          <DropdownMenu.Label className="px-3 py-2 text-xs text-muted">{me.user.email}</DropdownMenu.Label>
          {me.menu.map((item) => (
            <DropdownMenu.Item key={item.href} asChild>
              <Link
                href={item.href}
                className="block rounded px-3 py-2 text-sm outline-none data-[highlighted]:bg-brand-50 data-[highlighted]:underline"
              >
                {t(item.label)}
              </Link>
            </DropdownMenu.Item>
          ))}
          <DropdownMenu.Separator className="my-1 h-px bg-gray-200" />
          <form
            noValidate
            ref={logoutForm}
            action={async () => {
              await logoutAction();
            }}
          >
            {/* Selecting an item closes the menu and unmounts the form, so submit it explicitly first. */}
            <DropdownMenu.Item
              asChild
              onSelect={(event) => {
                event.preventDefault();
                logoutForm.current?.requestSubmit();
              }}
            >
              <button
                type="button"
                className="block w-full rounded px-3 py-2 text-left text-sm outline-none data-[highlighted]:bg-brand-50 data-[highlighted]:underline"
              >
                {t("logout")}
              </button>
            </DropdownMenu.Item>
          </form>
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
