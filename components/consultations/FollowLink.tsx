"use client";

import { Link } from "@/lib/i18n/navigation";
import { useConsultationPersonalState } from "./personal";

/** "Follow" for everyone until the browser learns the person already follows; then "you follow · manage". */
export function FollowLink({
  consultationId,
  follow,
  following,
  manage,
}: {
  consultationId: string;
  follow: string;
  following: string;
  manage: string;
}) {
  const state = useConsultationPersonalState(consultationId);
  if (state?.following)
    return (
      <p role="status">
        <span className="font-semibold">{following}</span> ·{" "}
        <Link href="/account/notifications" className="text-brand-600 underline">
          {manage}
        </Link>
      </p>
    );
  return (
    <Link
      href={{ pathname: "/account/notifications", query: { follow: consultationId } }}
      className="inline-block rounded border-2 border-brand-600 px-4 py-2 font-semibold text-brand-700 hover:bg-brand-50"
    >
      {follow}
    </Link>
  );
}
