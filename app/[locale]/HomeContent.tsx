import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Notice } from "@/components/ui/Notice";
import { cachedHomeCompetitions } from "@/lib/competitions/cache";
import { cachedOpenConsultations } from "@/lib/consultations/cache";
import { formatDate, formatDateTime, formatMoney, formatNumber } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { cachedUpcomingMeetings } from "@/lib/meetings/cache";
import { directoryIsPublic } from "@/lib/organizations/access";
import { cachedDirectoryFigures } from "@/lib/organizations/cache";
import { LoggedOutNotice } from "./LoggedOutNotice";

/*
 * The home page: what is open now, what comes next, what was decided last, and the directory's
 * live figures. No session is read: every section comes from Next's data cache under its module's
 * tag, so the page is served cached (home/[[...view]]) and a write that changes a section revalidates it.
 * Titles are entered in Polish only: on /en they carry lang="pl" and each section says so once.
 */
export async function HomeContent({ locale }: { locale: Locale }) {
  const [t, auth, competitions, consultations, meetings, figures] = await Promise.all([
    getTranslations("home"),
    getTranslations("auth"),
    cachedHomeCompetitions(),
    cachedOpenConsultations(),
    cachedUpcomingMeetings(),
    cachedDirectoryFigures(),
  ]);
  const polishOnly = locale === "pl" ? undefined : "pl";
  const audiences = [
    {
      title: t("visitorsTitle"),
      text: t("visitorsText"),
      links: [
        { href: "/consultations", label: t("visitorsLink") },
        { href: "/organizations", label: t("visitorsLink2") },
      ],
    },
    {
      title: t("ngosTitle"),
      text: t("ngosText"),
      links: [
        { href: "/competitions", label: t("ngosLink") },
        { href: "/organizations/new", label: t("ngosLink2") },
      ],
    },
    { title: t("cityTitle"), text: t("cityText"), links: [{ href: "/login", label: t("cityLink") }] },
  ];
  const shownOf = (shown: number, total: number) =>
    total > shown ? <p className="mt-2 text-sm">{t("shownOf", { shown, total })}</p> : null;
  return (
    <div>
      <LoggedOutNotice text={auth("loggedOut")} />
      <section className="mb-10 max-w-3xl">
        <h1 className="mb-4 text-4xl font-bold">{t("title")}</h1>
        <p className="text-xl leading-relaxed">{t("lead")}</p>
      </section>

      <div className="mb-10 grid gap-8 lg:grid-cols-2">
        <HomeSection
          id="open-competitions"
          title={t("openCompetitions.title")}
          all={{ href: "/competitions", label: t("openCompetitions.all") }}
        >
          {competitions.open.length === 0 ? (
            <p>{t("openCompetitions.none")}</p>
          ) : (
            <>
              {polishOnly && <OnlyPolish text={t("onlyPolish")} />}
              <ul className="space-y-3">
                {competitions.open.map((c) => (
                  <li key={c.id}>
                    <Link href={`/competitions/${c.id}`} className="font-semibold text-brand-700 underline" lang={polishOnly}>
                      {c.title}
                    </Link>
                    <p className="text-sm">
                      {c.number} ·{" "}
                      {t.rich("openCompetitions.deadline", {
                        date: formatDateTime(new Date(c.offerDeadline!), locale),
                        time: (chunks) => <time dateTime={c.offerDeadline!}>{chunks}</time>,
                      })}
                    </p>
                  </li>
                ))}
              </ul>
              {shownOf(competitions.open.length, competitions.open[0].total)}
            </>
          )}
        </HomeSection>

        <HomeSection
          id="open-consultations"
          title={t("openConsultations.title")}
          all={{ href: "/consultations", label: t("openConsultations.all") }}
        >
          {consultations.length === 0 ? (
            <p>{t("openConsultations.none")}</p>
          ) : (
            <>
              {polishOnly && <OnlyPolish text={t("onlyPolish")} />}
              <ul className="space-y-3">
                {consultations.map((c) => (
                  <li key={c.id}>
                    <Link href={`/consultations/${c.id}`} className="font-semibold text-brand-700 underline" lang={polishOnly}>
                      {c.title}
                    </Link>
                    <p className="text-sm">
                      {t.rich("openConsultations.ends", {
                        // the end is exclusive (midnight after the last day): the last day is the one before it
                        date: formatDate(new Date(Date.parse(c.endsAt) - 1), locale),
                        time: (chunks) => <time dateTime={c.endsAt}>{chunks}</time>,
                      })}
                    </p>
                  </li>
                ))}
              </ul>
              {shownOf(consultations.length, consultations[0].total)}
            </>
          )}
        </HomeSection>

        <HomeSection id="upcoming-meetings" title={t("meetings.title")} all={{ href: "/meetings", label: t("meetings.all") }}>
          {meetings.length === 0 ? (
            <p>{t("meetings.none")}</p>
          ) : (
            <>
              {polishOnly && <OnlyPolish text={t("onlyPolish")} />}
              <ul className="space-y-3">
                {meetings.map((m) => (
                  <li key={m.id}>
                    <Link href={`/meetings/${m.id}`} className="font-semibold text-brand-700 underline" lang={polishOnly}>
                      {m.title}
                    </Link>
                    <p className="text-sm">
                      <time dateTime={m.startsAt}>{formatDateTime(new Date(m.startsAt), locale)}</time> ·{" "}
                      <span lang={polishOnly}>{m.place}</span>
                    </p>
                  </li>
                ))}
              </ul>
              {shownOf(meetings.length, meetings[0].total)}
            </>
          )}
        </HomeSection>

        <HomeSection id="latest-results" title={t("results.title")} all={{ href: "/competitions", label: t("results.all") }}>
          {competitions.results.length === 0 ? (
            <p>{t("results.none")}</p>
          ) : (
            <>
              {polishOnly && <OnlyPolish text={t("onlyPolish")} />}
              <ul className="space-y-3">
                {competitions.results.map((c) => (
                  <li key={c.id}>
                    <Link href={`/competitions/${c.id}/results`} className="font-semibold text-brand-700 underline" lang={polishOnly}>
                      {c.title}
                    </Link>
                    <p className="text-sm">
                      {c.number} ·{" "}
                      {t.rich("results.published", {
                        date: formatDate(new Date(c.resultsPublishedAt!), locale),
                        time: (chunks) => <time dateTime={c.resultsPublishedAt!}>{chunks}</time>,
                      })}
                    </p>
                  </li>
                ))}
              </ul>
            </>
          )}
        </HomeSection>
      </div>

      <HomeSection id="figures" title={t("figures.title")} all={{ href: "/organizations/statistics", label: t("figures.all") }}>
        <dl className="grid gap-4 sm:grid-cols-3">
          {directoryIsPublic() && (
            <>
              <Figure label={t("figures.organizations")} value={formatNumber(figures.organizations, locale)} />
              <Figure label={t("figures.publicBenefit")} value={formatNumber(figures.publicBenefit, locale)} />
            </>
          )}
          <Figure
            label={t("figures.grants", { year: String(figures.year) })}
            value={formatMoney(figures.grantsGrosze, locale)}
            detail={t("figures.grantsCount", { count: figures.grants })}
          />
        </dl>
      </HomeSection>

      <section aria-labelledby="for-whom" className="my-10">
        <h2 id="for-whom" className="mb-4 text-2xl font-bold">
          {t("forWhom")}
        </h2>
        <ul className="grid gap-4 md:grid-cols-3">
          {audiences.map((audience) => (
            <li key={audience.title} className="rounded border border-gray-300 p-4">
              <h3 className="mb-2 text-lg font-bold">{audience.title}</h3>
              <p className="mb-3">{audience.text}</p>
              <ul className="space-y-1">
                {audience.links.map((link) => (
                  <li key={link.href}>
                    <Link href={link.href} className="text-brand-700 underline">
                      {link.label}
                    </Link>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="start" className="grid gap-6 md:grid-cols-2">
        <div>
          <h2 id="start" className="mb-2 text-2xl font-bold">
            {t("startTitle")}
          </h2>
          <ul className="list-disc space-y-1 pl-5">
            <li>
              <Link href="/register" className="text-brand-600 underline">
                {t("startRegister")}
              </Link>
            </li>
            <li>
              <Link href="/login" className="text-brand-600 underline">
                {t("startLogin")}
              </Link>
            </li>
          </ul>
        </div>
        <Notice>
          <h2 className="mb-1 font-bold">{t("centreTitle")}</h2>
          <p>{t("centreText")}</p>
        </Notice>
      </section>
    </div>
  );
}

function HomeSection({
  id,
  title,
  all,
  children,
}: {
  id: string;
  title: string;
  all: { href: string; label: string };
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id} className="mb-3 text-2xl font-bold">
        {title}
      </h2>
      {children}
      <p className="mt-3">
        <Link href={all.href} className="font-semibold text-brand-700 underline">
          {all.label}
        </Link>
      </p>
    </section>
  );
}

function OnlyPolish({ text }: { text: string }) {
  return <p className="mb-2 text-sm text-muted">{text}</p>;
}

function Figure({ label, value, detail }: { label: string; value: string; detail?: string }) {
  return (
    <div className="rounded border border-gray-300 p-4">
      <dt className="text-muted">{label}</dt>
      <dd className="text-3xl font-bold">{value}</dd>
      {detail && <dd>{detail}</dd>}
    </div>
  );
}
