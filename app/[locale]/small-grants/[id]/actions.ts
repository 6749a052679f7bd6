"use server";

import { formAction, withClock } from "@/lib/forms/action";
import { revalidateSmallGrant } from "@/lib/small-grants/cache";
import { commentSmallGrant } from "@/lib/small-grants/review";

export const commentAction = formAction(withClock(commentSmallGrant), {
  revalidate: (comment) => revalidateSmallGrant(comment.smallGrantId),
  notice: "posted",
});
