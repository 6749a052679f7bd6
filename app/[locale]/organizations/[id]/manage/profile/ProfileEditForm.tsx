"use client";

import { useTranslations } from "next-intl";
import { OrganizationForm, type ProfileValues } from "@/components/organizations/OrganizationForm";
import { updateProfileAction } from "../actions";

/** The edit form: the registration form bound to the update action, with the saved notice. */
export function ProfileEditForm(props: {
  organizationId: string;
  initial: ProfileValues;
  areas: { slug: string; label: string }[];
  districts: { slug: string; name: string }[];
}) {
  const t = useTranslations("orgManage");
  return <OrganizationForm action={updateProfileAction} submitLabel={t("submitSave")} savedNotice={t("saved")} {...props} />;
}
