import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/ClientMessages";

/** The texts this area's client components use (see lib/i18n/client-messages.ts). */
export default function Layout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  return (
    <ClientMessages
      namespaces={[
        "admin.users",
        "budgetUpdate.admin",
        "centreEvents.forms",
        "competitionErrors",
        "competitions",
        "competitionsAdmin",
        "consultations",
        "contracts",
        "orgManage",
        "orgManageErrors",
        "participation.admin",
        "participation.errors",
        "programmes.errors",
        "participation.meetings.kinds",
        "reports",
        "scoringAdmin",
        "scoringCommission",
        "scoringDecisions",
        "scoringErrors",
        "scoringPolicy",
        "scoringReview",
        "smallGrants",
      ]}
      params={params}
    >
      {children}
    </ClientMessages>
  );
}
