import type { FieldSpec } from "./Forms";

type T = (key: string) => string;

/** The programme's form fields (the new and the edit page), the saved values filled in. */
export function programmeFields(
  t: T,
  values: {
    title?: string;
    kind?: string;
    yearFrom?: number;
    yearTo?: number;
    planned?: string;
    indicators?: string;
    sections?: Partial<Record<string, string>>;
  },
  sectionKeys: readonly string[],
): FieldSpec[] {
  return [
    { name: "title", label: t("form.title"), defaultValue: values.title, width: "max-w-2xl" },
    {
      name: "kind",
      label: t("form.kind"),
      type: "select",
      defaultValue: values.kind ?? "annual",
      options: [
        { value: "annual", label: t("kinds.annual") },
        { value: "multi_year", label: t("kinds.multi_year") },
      ],
    },
    {
      name: "yearFrom",
      label: t("form.yearFrom"),
      type: "number",
      defaultValue: values.yearFrom ? String(values.yearFrom) : "",
      width: "max-w-[10rem]",
    },
    {
      name: "yearTo",
      label: t("form.yearTo"),
      hint: t("form.yearToHint"),
      type: "number",
      defaultValue: values.yearTo && values.yearTo !== values.yearFrom ? String(values.yearTo) : "",
      width: "max-w-[10rem]",
    },
    { name: "planned", label: t("form.planned"), hint: t("form.plannedHint"), defaultValue: values.planned, width: "max-w-xs" },
    ...sectionKeys.map((k): FieldSpec => ({
      name: k,
      label: t(`sections.${k}`),
      hint: t("form.sectionHint"),
      type: "textarea",
      defaultValue: values.sections?.[k] ?? "",
      rows: 5,
    })),
    {
      name: "indicators",
      label: t("form.indicators"),
      hint: t("form.indicatorsHint"),
      type: "textarea",
      defaultValue: values.indicators,
      rows: 4,
    },
  ];
}
