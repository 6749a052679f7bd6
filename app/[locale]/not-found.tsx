import { getTranslations } from "next-intl/server";
import { StatusPage } from "@/components/layout/StatusPage";

export default async function NotFound() {
  const t = await getTranslations("notFound");
  return <StatusPage title={t("title")} text={t("text")} homeLabel={t("home")} />;
}
