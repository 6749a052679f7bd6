import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

/** The published volunteer offers of an organization (its public profile); nothing when none. */
export async function OrganizationVolunteering({
  organizationId,
  rows,
}: {
  organizationId: string;
  rows: { id: string; title: string }[];
}) {
  if (rows.length === 0) return null;
  const t = await getTranslations("volunteering.profile");
  return (
    <section aria-labelledby="org-volunteering" className="mb-6 max-w-3xl">
      <h2 id="org-volunteering" className="mb-2 text-xl font-bold">
        {t("title")}
      </h2>
      <ul className="list-disc pl-6">
        {rows.map((o) => (
          <li key={o.id}>
            <Link href={`/volunteering/${o.id}`} className="text-brand-600 underline">
              {o.title}
            </Link>
          </li>
        ))}
      </ul>
      <p className="mt-2">
        <Link href={{ pathname: "/volunteering", query: { organization: organizationId } }} className="text-brand-600 underline">
          {t("all")}
        </Link>
      </p>
    </section>
  );
}
