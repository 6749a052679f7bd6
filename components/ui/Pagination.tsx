import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

/** Previous/next links that keep the other query parameters (filters) in the URL. */
export async function Pagination({
  pathname,
  query,
  page,
  pageCount,
}: {
  pathname: string;
  query: Record<string, string | undefined>;
  page: number;
  pageCount: number;
}) {
  if (pageCount <= 1) return null;
  const t = await getTranslations("pagination");
  const href = (target: number) => ({
    pathname,
    query: Object.fromEntries(Object.entries({ ...query, page: String(target) }).filter(([, v]) => v !== undefined && v !== "")) as Record<
      string,
      string
    >,
  });
  return (
    <nav aria-label={t("label")} className="mt-6 flex items-center gap-4">
      {page > 1 && (
        <Link href={href(page - 1)} rel="prev" className="text-brand-600 underline">
          {t("previous")}
        </Link>
      )}
      <span>{t("page", { page, count: pageCount })}</span>
      {page < pageCount && (
        <Link href={href(page + 1)} rel="next" className="text-brand-600 underline">
          {t("next")}
        </Link>
      )}
    </nav>
  );
}
