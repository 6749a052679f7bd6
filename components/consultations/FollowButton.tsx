import { getTranslations } from "next-intl/server";
import { FollowLink } from "./FollowLink";

/**
 * "Follow this consultation": a link, so the (cached, public) consultation page reads no session.
 * The per-request /account/notifications page asks a logged-in person to confirm (visitors log in
 * first). Whether the person already follows is asked by the browser (no-store), see FollowLink.
 */
export async function FollowButton({ consultationId }: { consultationId: string }) {
  const t = await getTranslations("participation.notifications");
  return <FollowLink consultationId={consultationId} follow={t("followButton")} following={t("youFollow")} manage={t("manage")} />;
}
