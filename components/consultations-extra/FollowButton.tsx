import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

/**
 * "Follow this consultation": a link, so the (cached, public) consultation page reads no session.
 * The per-request /account/notifications page asks a logged-in person to confirm (visitors log in first).
 */
export async function FollowButton({ consultationId }: { consultationId: string }) {
  const t = await getTranslations("participation.notifications");
  return (
    <Link href={{ pathname: "/account/notifications", query: { follow: consultationId } }} className="inline-block rounded border-2 border-brand-600 px-4 py-2 font-semibold text-brand-700 hover:bg-brand-50">
      {t("followButton")}
    </Link>
  );
}
