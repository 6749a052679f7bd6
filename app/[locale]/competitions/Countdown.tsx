"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { remaining } from "@/lib/dates/warsaw";

/** "zostało 5 dni 3 godziny", computed in the browser from the deadline; refreshed every minute. */
export function Countdown({ deadline }: { deadline: string }) {
  const t = useTranslations("competitions");
  const [now, setNow] = useState<Date | null>(null);
  useEffect(() => {
    const tick = () => setNow(new Date());
    tick();
    const timer = setInterval(tick, 60_000);
    return () => clearInterval(timer);
  }, []);
  if (!now) return null;
  const r = remaining(new Date(deadline), now);
  if (r.passed) return <span className="font-semibold">{t("countdownClosed")}</span>;
  const parts = [
    r.days > 0 && t("days", { n: r.days }),
    r.hours > 0 && t("hours", { n: r.hours }),
    r.days === 0 && t("minutes", { n: r.minutes }),
  ].filter(Boolean);
  return <span className="font-semibold">{t("countdownLeft", { text: parts.join(" ") })}</span>;
}
