import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ProgrammeForm } from "@/components/programmes/Forms";
import { programmeFields } from "@/components/programmes/fields";
import { PageHeading } from "@/components/ui/PageHeading";
import { authorize } from "@/lib/auth/permissions";
import { loadPage } from "@/lib/http/page";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { sectionKeys } from "@/lib/programmes/rules";
import { saveProgrammeAction } from "../../actions";

export async function generateMetadata({ params }: { params: Promise<{ locale: Locale }> }): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: "programmes.manage" }))("titleNew") };
}

/** Administrators: a new cooperation programme (a draft; its priority tasks are added on its page). */
export default async function NewProgrammePage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  await loadPage(locale, "/programmes/manage/new", async (_db, principal) => {
    authorize(principal, "programme.manage");
    return {};
  });
  const t = await getTranslations("programmes");
  return (
    <div className="max-w-3xl">
      <p className="mb-2">
        <Link href="/programmes/manage" className="text-brand-600 underline">
          {t("manage.back")}
        </Link>
      </p>
      <PageHeading title={t("manage.titleNew")} />
      <ProgrammeForm
        action={saveProgrammeAction}
        label={t("manage.titleNew")}
        submit={t("form.save")}
        done={t("form.saved")}
        fields={programmeFields(t, {}, sectionKeys)}
      />
    </div>
  );
}
