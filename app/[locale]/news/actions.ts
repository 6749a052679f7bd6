"use server";

import { formAction, formInput, withClock, withoutContext } from "@/lib/forms/action";
import { addNewsAttachment, removeNewsAttachment } from "@/lib/news/attachments";
import { revalidateNews } from "@/lib/news/cache";
import {
  acceptAnnouncement,
  changeQueue,
  proposeAnnouncement,
  publishNewsItem,
  returnAnnouncement,
  saveMailingSettings,
  saveNewsItem,
} from "@/lib/news/commands";
import { confirmSubscription, subscribe, updatePreferences } from "@/lib/news/subscriptions";

const topics = (formData: FormData) => formInput(formData, ["areas", "types"]);

export const subscribeAction = formAction(subscribe, { input: topics, notice: "subscribed" });
export const confirmSubscriptionAction = formAction(withClock(confirmSubscription), { revalidate: revalidateNews, notice: "confirmed" });
export const preferencesAction = formAction(withoutContext(updatePreferences), { input: topics, notice: "saved", keepValues: true });

export const saveNewsItemAction = formAction(withClock(saveNewsItem), {
  input: (formData) => formInput(formData, ["areas"]),
  redirect: (value) => `/news/manage/${value.id}`,
  revalidate: revalidateNews,
});
export const publishNewsItemAction = formAction(withClock(publishNewsItem), { revalidate: revalidateNews, notice: "published" });
export const changeQueueAction = formAction(withClock(changeQueue), { revalidate: revalidateNews, notice: "done" });
export const saveSettingsAction = formAction(withClock(saveMailingSettings), { revalidate: revalidateNews, notice: "settingsSaved" });

export const proposeAnnouncementAction = formAction(withClock(proposeAnnouncement), {
  input: (formData) => formInput(formData, ["areas"]),
  redirect: () => ({ pathname: "/account/announcements", query: { sent: "1" } }),
  revalidate: revalidateNews,
});
export const acceptAnnouncementAction = formAction(withClock(acceptAnnouncement), {
  input: (formData) => formInput(formData, ["areas"]),
  revalidate: revalidateNews,
  notice: "acceptDone",
});
export const returnAnnouncementAction = formAction(withClock(returnAnnouncement), { revalidate: revalidateNews, notice: "returnDone" });

export const addAttachmentAction = formAction(withClock(addNewsAttachment), {
  input: (formData) => {
    const file = formData.get("file");
    return { newsItemId: formData.get("newsItemId"), file: file instanceof File ? file : null };
  },
  revalidate: revalidateNews,
  notice: "added",
});
export const removeAttachmentAction = formAction(withoutContext(removeNewsAttachment), { revalidate: revalidateNews, notice: "removed" });
