import { NextIntlClientProvider } from "next-intl";
import type { ReactNode } from "react";
import { clientMessages } from "@/lib/i18n/client-messages";
import { isLocale, routing } from "@/lib/i18n/routing";

/**
 * Sends the client components below it the given namespaces (and the base ones). Reads the locale
 * from the route's params, never from headers, so cached pages stay cached.
 */
export async function ClientMessages({
  namespaces,
  params,
  children,
}: {
  namespaces: string[];
  params: Promise<{ locale: string }>;
  children: ReactNode;
}) {
  const { locale } = await params;
  const known = isLocale(locale) ? locale : routing.defaultLocale;
  return (
    <NextIntlClientProvider locale={known} messages={clientMessages(known, namespaces)}>
      {children}
    </NextIntlClientProvider>
  );
}
