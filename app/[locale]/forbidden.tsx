import { getTranslations } from "next-intl/server";
import { StatusPage } from "@/components/layout/StatusPage";

export default async function Forbidden() {
  const t = await getTranslations("forbidden");
  return <StatusPage title={t("title")} text={t("text")} homeLabel={t("home")} />;
}
