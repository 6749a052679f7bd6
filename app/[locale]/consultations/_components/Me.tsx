"use client";

import { createContext, useContext, useEffect, useState } from "react";

export interface Me {
  userId: string | null;
  organizations: { id: string; name: string }[];
}

const MeContext = createContext<Me | null>(null);

/** Who is looking, fetched by the browser so the cached page itself carries nothing personal. */
export function MeProvider({ children }: { children: React.ReactNode }) {
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
  return <MeContext.Provider value={me}>{children}</MeContext.Provider>;
}

/** null while loading. */
export const useMe = () => useContext(MeContext);
