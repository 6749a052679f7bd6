"use client";

import { useTranslations } from "next-intl";
import { arrearsKeys, charLimits, declarationKeys, type OfferContent } from "@/lib/offers/content";
import { RowsTable, TextField } from "./Fields";
import { useReadOnly } from "./readOnly";

export interface SectionProps {
  content: OfferContent;
  update: (fn: (c: OfferContent) => OfferContent) => void;
  errorFor: (field: string) => string | undefined;
}

export function ApplicantSection({ content, update, errorFor, profile }: SectionProps & { profile: { label: string; value: string }[] }) {
  const t = useTranslations("offers");
  const a = content.applicant;
  const set = (patch: Partial<OfferContent["applicant"]>) => update((c) => ({ ...c, applicant: { ...c.applicant, ...patch } }));
  return (
    <>
      <dl className="mb-4 border-l-4 border-gray-300 pl-4">
        {profile.map((p) => (
          <div key={p.label} className="sm:grid sm:grid-cols-3 sm:gap-4">
            <dt className="font-semibold">{p.label}</dt>
            <dd className="sm:col-span-2">{p.value || "—"}</dd>
          </div>
        ))}
      </dl>
      <p className="mb-4 text-sm text-muted">{t("f.profileNote")}</p>
      <RowsTable
        id="applicant.representatives"
        caption={t("f.representatives")}
        rows={a.representatives}
        columns={[
          { key: "name", label: t("f.repName"), maxLength: charLimits.person },
          { key: "role", label: t("f.repRole"), maxLength: charLimits.person },
        ]}
        empty={{ name: "", role: "" }}
        onChange={(representatives) => set({ representatives })}
        addLabel={t("addRow")}
        removeLabel={(n) => t("removeRow", { n })}
        error={errorFor("applicant.representatives")}
      />
      <TextField
        id="applicant.contactName"
        label={t("f.contactName")}
        value={a.contactName}
        onChange={(contactName) => set({ contactName })}
        error={errorFor("applicant.contactName")}
        hint={t("f.hints.contact")}
        maxLength={charLimits.person}
      />
      <TextField
        id="applicant.contactEmail"
        type="email"
        label={t("f.contactEmail")}
        value={a.contactEmail}
        onChange={(contactEmail) => set({ contactEmail })}
        error={errorFor("applicant.contactEmail")}
        maxLength={charLimits.person}
      />
      <TextField
        id="applicant.contactPhone"
        type="tel"
        label={t("f.contactPhone")}
        value={a.contactPhone}
        onChange={(contactPhone) => set({ contactPhone })}
        maxLength={charLimits.phone}
      />
    </>
  );
}

export function TaskSection({ content, update, errorFor }: SectionProps) {
  const t = useTranslations("offers");
  const k = content.task;
  const set = (patch: Partial<OfferContent["task"]>) => update((c) => ({ ...c, task: { ...c.task, ...patch } }));
  return (
    <>
      <TextField
        id="task.title"
        label={t("f.title")}
        value={k.title}
        onChange={(title) => set({ title })}
        error={errorFor("task.title")}
        width="max-w-2xl"
        maxLength={charLimits.title}
      />
      <div className="flex flex-wrap gap-6">
        <TextField
          id="task.startDate"
          type="date"
          label={t("f.startDate")}
          value={k.startDate}
          onChange={(startDate) => set({ startDate })}
          error={errorFor("task.startDate")}
          width="max-w-xs"
        />
        <TextField
          id="task.endDate"
          type="date"
          label={t("f.endDate")}
          value={k.endDate}
          onChange={(endDate) => set({ endDate })}
          error={errorFor("task.endDate")}
          width="max-w-xs"
        />
      </div>
      <TextField
        id="task.place"
        label={t("f.place")}
        hint={t("f.hints.place")}
        value={k.place}
        onChange={(place) => set({ place })}
        width="max-w-2xl"
        maxLength={charLimits.place}
      />
      <TextField
        id="task.description"
        multiline
        label={t("f.description")}
        value={k.description}
        onChange={(description) => set({ description })}
        error={errorFor("task.description")}
        hint={t("f.hints.description")}
        width="max-w-2xl"
        maxLength={charLimits.long}
      />
      <ScheduleAndResults content={content} update={update} errorFor={errorFor} />
    </>
  );
}

/** III.4 plan and schedule, III.5 expected results: also the updated budget's (after a cut grant). */
export function ScheduleAndResults({ content, update, errorFor }: SectionProps) {
  const t = useTranslations("offers");
  const k = content.task;
  const set = (patch: Partial<OfferContent["task"]>) => update((c) => ({ ...c, task: { ...c.task, ...patch } }));
  return (
    <>
      <RowsTable
        id="task.schedule"
        caption={t("f.schedule")}
        rows={k.schedule}
        columns={[
          { key: "action", label: t("f.action"), maxLength: charLimits.name },
          { key: "from", label: t("f.from"), type: "date", width: "w-40" },
          { key: "to", label: t("f.to"), type: "date", width: "w-40" },
          { key: "who", label: t("f.who"), maxLength: charLimits.name },
        ]}
        empty={{ action: "", from: "", to: "", who: "" }}
        onChange={(schedule) => set({ schedule })}
        addLabel={t("addRow")}
        removeLabel={(n) => t("removeRow", { n })}
        error={errorFor("task.schedule")}
        hint={t("f.hints.schedule")}
      />
      <RowsTable
        id="task.results"
        caption={t("f.results")}
        rows={k.results}
        columns={[
          { key: "name", label: t("f.resultName"), maxLength: charLimits.name },
          { key: "target", label: t("f.target"), width: "w-32", maxLength: charLimits.target },
          { key: "measure", label: t("f.measure"), maxLength: charLimits.name },
        ]}
        empty={{ name: "", target: "", measure: "" }}
        onChange={(results) => set({ results })}
        addLabel={t("addRow")}
        removeLabel={(n) => t("removeRow", { n })}
        error={errorFor("task.results")}
        hint={t("f.hints.results")}
      />
    </>
  );
}

export function ResourcesSection({ content, update, errorFor }: SectionProps) {
  const t = useTranslations("offers");
  const set = (patch: Partial<OfferContent["resources"]>) => update((c) => ({ ...c, resources: { ...c.resources, ...patch } }));
  return (
    <>
      <TextField
        id="resources.experience"
        multiline
        label={t("f.experience")}
        value={content.resources.experience}
        onChange={(experience) => set({ experience })}
        error={errorFor("resources.experience")}
        hint={t("f.hints.experience")}
        width="max-w-2xl"
        maxLength={charLimits.long}
      />
      <TextField
        id="resources.resources"
        multiline
        label={t("f.resources")}
        value={content.resources.resources}
        onChange={(resources) => set({ resources })}
        error={errorFor("resources.resources")}
        hint={t("f.hints.resources")}
        width="max-w-2xl"
        maxLength={charLimits.long}
      />
    </>
  );
}

export function OtherSection({ content, update, errorFor }: SectionProps) {
  const readOnly = useReadOnly();
  const t = useTranslations("offers");
  const error = errorFor("other.paid");
  return (
    <>
      <fieldset id="field-other.paid" className={`mb-5 ${error ? "border-l-4 border-accent-600 pl-3" : ""}`}>
        <legend className="mb-1 font-semibold">{t("f.paid")}</legend>
        {error && <p className="mb-1 text-sm font-semibold text-accent-600">{error}</p>}
        {(["free", "paid"] as const).map((v) => (
          <label key={v} className="mr-6 inline-flex items-center gap-2">
            <input
              disabled={readOnly}
              type="radio"
              name="other-paid"
              className="h-5 w-5"
              checked={content.other.paid === v}
              onChange={() => update((c) => ({ ...c, other: { ...c.other, paid: v } }))}
            />
            {t(v === "free" ? "f.paidFree" : "f.paidPaid")}
          </label>
        ))}
      </fieldset>
      <TextField
        id="other.info"
        multiline
        label={t("f.otherInfo")}
        value={content.other.info}
        onChange={(info) => update((c) => ({ ...c, other: { ...c.other, info } }))}
        hint={t("f.hints.otherInfo")}
        width="max-w-2xl"
        maxLength={charLimits.long}
      />
    </>
  );
}

export function DeclarationsSection({ content, update, errorFor }: SectionProps) {
  const readOnly = useReadOnly();
  const t = useTranslations("offers");
  const error = errorFor("declarations");
  return (
    <fieldset id="field-declarations" className={error ? "border-l-4 border-accent-600 pl-3" : ""}>
      <legend className="mb-2 font-semibold">{t("f.declarations")}</legend>
      {error && <p className="mb-1 text-sm font-semibold text-accent-600">{error}</p>}
      {declarationKeys.map((k) => (
        <div key={k} className="mb-2 flex items-start gap-2">
          <input
            disabled={readOnly}
            id={`decl-${k}`}
            type="checkbox"
            className="mt-1 h-5 w-5"
            checked={content.declarations[k]}
            onChange={(e) => update((c) => ({ ...c, declarations: { ...c.declarations, [k]: e.target.checked } }))}
          />
          <label htmlFor={`decl-${k}`}>{t(`f.d.${k}`)}</label>
        </div>
      ))}
      {arrearsKeys.map((k) => (
        <fieldset key={k} className="mb-2">
          <legend>{t(`f.arrears.${k}`)}</legend>
          {(["none", "owes"] as const).map((answer) => (
            <label key={answer} className="mr-6 inline-flex items-center gap-2">
              <input
                disabled={readOnly}
                type="radio"
                name={`decl-${k}`}
                className="h-5 w-5"
                checked={content.declarations[k] === answer}
                onChange={() => update((c) => ({ ...c, declarations: { ...c.declarations, [k]: answer } }))}
              />
              {t(`f.arrears.${answer}`)}
            </label>
          ))}
        </fieldset>
      ))}
    </fieldset>
  );
}
