import { getRequestConfig } from "next-intl/server";
import { WARSAW_TIME_ZONE } from "@/lib/dates/warsaw";
import { messagesByLocale } from "./messages";
import { isLocale, routing } from "./routing";

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = requested && isLocale(requested) ? requested : routing.defaultLocale;
  return { locale, messages: messagesByLocale[locale], timeZone: WARSAW_TIME_ZONE };
});
