import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ProgrammeForm } from "@/components/programmes/Forms";
import { programmeFields } from "@/components/programmes/fields";
import { PageHeading } from "@/components/ui/PageHeading";
import { groszeToInput } from "@/lib/core/money";
import { loadPage, pageId } from "@/lib/http/page";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { programmeForStaff } from "@/lib/programmes/queries";
import { isEditable, sectionKeys } from "@/lib/programmes/rules";
import { saveProgrammeAction } from "../../../actions";

type Params = Promise<{ locale: Locale; id: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: "programmes.manage" }))("titleEdit") };
}

/** Administrators: the programme's text, years, total and indicators (while a draft or in consultation). */
export default async function EditProgrammePage({ params }: { params: Params }) {
  const { locale } = await params;
  const id = pageId((await params).id);
  setRequestLocale(locale);
  const { programme } = await loadPage(locale, `/programmes/manage/${id}/edit`, async (db, principal) => {
    const found = await programmeForStaff(db, principal, id);
    return found && { programme: found };
  });
  const t = await getTranslations("programmes");
  return (
    <div className="max-w-3xl">
      <p className="mb-2">
        <Link href={`/programmes/manage/${id}`} className="text-brand-600 underline">
          {programme.title}
        </Link>
      </p>
      <PageHeading title={t("manage.titleEdit")} />
      {isEditable(programme.status) ? (
        <ProgrammeForm
          action={saveProgrammeAction}
          label={t("manage.editFor", { title: programme.title })}
          submit={t("form.save")}
          done={t("form.saved")}
          hidden={{ id }}
          fields={programmeFields(
            t,
            {
              title: programme.title,
              kind: programme.kind,
              yearFrom: programme.yearFrom,
              yearTo: programme.yearTo,
              planned: groszeToInput(programme.plannedGrosze),
              indicators: programme.indicators.map((i) => (i.target ? `${i.name} | ${i.target}` : i.name)).join("\n"),
              sections: programme.sections,
            },
            sectionKeys,
          )}
        />
      ) : (
        <p>{t("manage.notEditableNote")}</p>
      )}
    </div>
  );
}
