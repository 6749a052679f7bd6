import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/ClientMessages";

/**
 * The texts the registration form (client components) use (see lib/i18n/client-messages.ts). Here, not above the
 * whole /organizations tree: the directory and the profiles have no client component and carry none.
 */
export default function Layout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  return (
    <ClientMessages namespaces={["orgManage", "orgManageErrors", "organization.legalForms"]} params={params}>
      {children}
    </ClientMessages>
  );
}
