import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/ClientMessages";

/** The texts this area's client components use (see lib/i18n/client-messages.ts). */
export default function Layout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  return (
    <ClientMessages namespaces={["awards.errors", "awards.form", "awards.consent"]} params={params}>
      {children}
    </ClientMessages>
  );
}
