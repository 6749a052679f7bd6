import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageHeading } from "@/components/ui/PageHeading";
import { loadPage } from "@/lib/http/page";
import { formatMoney } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { listProgrammesForStaff } from "@/lib/programmes/queries";

export async function generateMetadata({ params }: { params: Promise<{ locale: Locale }> }): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: "programmes.manage" }))("title") };
}

/** Administrators: every cooperation programme, drafts included. */
export default async function ManageProgrammesPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { list } = await loadPage(locale, "/programmes/manage", async (db, principal) => ({
    list: await listProgrammesForStaff(db, principal),
  }));
  const t = await getTranslations("programmes");
  return (
    <div className="max-w-4xl">
      <PageHeading title={t("manage.title")} />
      <p className="mb-6">
        <Link href="/programmes/manage/new" className="inline-block rounded bg-brand-600 px-4 py-2 font-semibold text-white underline">
          {t("manage.new")}
        </Link>
      </p>
      {list.length === 0 ? (
        <p>{t("manage.empty")}</p>
      ) : (
        <ul className="space-y-3">
          {list.map((p) => (
            <li key={p.id} className="border-2 border-gray-200 p-3">
              <p className="font-semibold [overflow-wrap:anywhere]">
                <Link href={`/programmes/manage/${p.id}`} className="text-brand-600 underline">
                  {p.title}
                </Link>
              </p>
              <p className="text-sm text-muted">
                {t(`kinds.${p.kind}`)} · {p.yearFrom === p.yearTo ? p.yearFrom : `${p.yearFrom}–${p.yearTo}`} · {t(`statuses.${p.status}`)}{" "}
                · {formatMoney(p.plannedGrosze, locale)}
              </p>
              {p.adoptedLate && <p className="text-sm font-semibold text-accent-600">{t("page.adoptedLate")}</p>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
