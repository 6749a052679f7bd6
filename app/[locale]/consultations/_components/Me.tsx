"use client";

import { createContext, useContext, useEffect, useState } from "react";

export interface Me {
  userId: string | null;
  organizations: { id: string; name: string }[];
}

const MeContext = createContext<Me | null>(null);
/** A consultation addressed to NGOs only takes comments only on behalf of an organization. */
const OrganizationsOnlyContext = createContext(false);

/** Who is looking, fetched by the browser so the cached page itself carries nothing personal. */
export function MeProvider({ children, organizationsOnly = false }: { children: React.ReactNode; organizationsOnly?: boolean }) {
  const [me, setMe] = useState<Me | null>(null);
  useEffect(() => {
    let live = true;
    fetch("/api/v1/consultations/me", { cache: "no-store" })
      .then((r) => r.json())
      .then((body: Me) => live && setMe(body))
      .catch(() => live && setMe({ userId: null, organizations: [] }));
    return () => {
      live = false;
    };
  }, []);
  return (
    <OrganizationsOnlyContext.Provider value={organizationsOnly}>
      <MeContext.Provider value={me}>{children}</MeContext.Provider>
    </OrganizationsOnlyContext.Provider>
  );
}

/** null while loading. */
export const useMe = () => useContext(MeContext);
export const useOrganizationsOnly = () => useContext(OrganizationsOnlyContext);
