import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageHeading } from "@/components/ui/PageHeading";
import { TableScroll } from "@/components/ui/TableScroll";
import { cachedFreeSlots } from "@/lib/advice/cache";
import { adviceTopics, type AdviceTopic } from "@/lib/advice/rules";
import { formatDateTime } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";

/** Free advice slots, by topic and date (public; booking needs signing in). */
export default async function AdvicePage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<{ topic?: string }>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const wanted = (await searchParams).topic;
  const topic = (adviceTopics as readonly string[]).includes(wanted ?? "") ? (wanted as AdviceTopic) : undefined;
  const t = await getTranslations("advice");
  const slots = await cachedFreeSlots(topic);
  return (
    <div>
      <PageHeading title={t("public.title")} lead={t("public.lead")} />
      <p className="mb-4">
        <Link href="/account/advice" className="text-brand-600 underline">
          {t("public.mine")}
        </Link>
      </p>
      <form noValidate method="get" className="mb-6 flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="topic" className="mb-1 block font-semibold">
            {t("public.filterTopic")}
          </label>
          <select id="topic" name="topic" defaultValue={topic ?? ""} className="rounded border border-gray-500 px-3 py-2">
            <option value="">{t("public.allTopics")}</option>
            {adviceTopics.map((k) => (
              <option key={k} value={k}>
                {t(`topics.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="rounded border-2 border-brand-600 px-4 py-2 font-semibold text-brand-700">
          {t("public.filter")}
        </button>
      </form>
      <p className="mb-4 text-muted">{t("public.signInHint")}</p>
      {slots.length === 0 ? (
        <p>{t("public.none")}</p>
      ) : (
        <TableScroll label={t("public.title")}>
          <table className="w-full text-left text-sm">
            <thead>
              <tr>
                <th scope="col" className="p-2">
                  {t("public.date")}
                </th>
                <th scope="col" className="p-2">
                  {t("public.adviser")}
                </th>
                <th scope="col" className="p-2">
                  {t("public.topicsColumn")}
                </th>
                <th scope="col" className="p-2">
                  {t("public.action")}
                </th>
              </tr>
            </thead>
            <tbody>
              {slots.map((slot) => {
                const when = formatDateTime(new Date(slot.startsAt), locale);
                return (
                  <tr key={slot.id} className="border-t border-gray-200">
                    <td className="p-2">{when}</td>
                    <td className="p-2">{slot.adviser}</td>
                    <td className="p-2">{slot.topics.map((k) => t(`topics.${k as AdviceTopic}`)).join(", ")}</td>
                    <td className="p-2">
                      <Link
                        href={`/centre/advice/${slot.id}`}
                        className="text-brand-600 underline"
                        aria-label={t("public.bookLabel", { when, adviser: slot.adviser })}
                      >
                        {t("public.book")}
                      </Link>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroll>
      )}
    </div>
  );
}
