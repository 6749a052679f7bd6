"use client";

import { useTranslations } from "next-intl";
import { Link, usePathname } from "@/lib/i18n/navigation";

/** The public sections of the site. */
const sections = [
  { href: "/", label: "home" },
  { href: "/organizations", label: "organizations" },
  { href: "/competitions", label: "competitions" },
  { href: "/consultations", label: "consultations" },
  { href: "/meetings", label: "meetings" },
  { href: "/small-grants", label: "smallGrants" },
  { href: "/contracts", label: "contracts" },
] as const;

export function MainNav() {
  const t = useTranslations("shell");
  const pathname = usePathname();
  return (
    <ul className="mx-auto flex max-w-6xl flex-wrap gap-1 px-4">
      {sections.map((section) => {
        const current = section.href === "/" ? pathname === "/" : pathname.startsWith(section.href);
        return (
          <li key={section.href}>
            <Link
              href={section.href}
              aria-current={current ? "page" : undefined}
              className="block px-3 py-2 text-sm font-semibold text-white hover:underline aria-[current=page]:border-b-4 aria-[current=page]:border-white"
            >
              {t(section.label)}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
