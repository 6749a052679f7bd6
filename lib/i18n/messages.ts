import { createTranslator } from "next-intl";
import en from "@/messages/en.json";
import pl from "@/messages/pl.json";
import type { Locale } from "./routing";

export const messagesByLocale = { pl, en } as const;

/** A translator outside React (mail, CSV headers). */
export function translator(locale: Locale) {
  return createTranslator({ locale, messages: messagesByLocale[locale] });
}
