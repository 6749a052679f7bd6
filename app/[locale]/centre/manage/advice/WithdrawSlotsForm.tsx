"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { TableScroll } from "@/components/ui/TableScroll";
import { idleForm } from "@/lib/forms/result";
import { withdrawSlotsAction } from "./actions";

/** The free slots as a table, each with a checkbox; one button withdraws the ticked ones. */
export function WithdrawSlotsForm({ slots }: { slots: { id: string; adviser: string; when: string; place: string }[] }) {
  const t = useTranslations("advice.manage");
  const [state, action] = useActionState(withdrawSlotsAction, idleForm);
  return (
    <form noValidate action={action}>
      {state.status === "success" && (
        <p role="status" className="mb-4 border-l-4 border-green-700 bg-green-50 p-4 font-semibold">
          {t("withdrawn", { count: state.message ?? "0" })}
        </p>
      )}
      <ErrorSummary state={state} labels={{ slotIds: t("slotsTitle") }} fieldIds={{ slotIds: "free-slots" }} namespace="advice.errors" />
      <TableScroll labelledBy="free-slots-title">
        <table id="free-slots" tabIndex={-1} className="mb-4 w-full text-left text-sm">
          <thead>
            <tr>
              <th scope="col" className="p-2">
                {t("pick")}
              </th>
              <th scope="col" className="p-2">
                {t("when")}
              </th>
              <th scope="col" className="p-2">
                {t("adviser")}
              </th>
              <th scope="col" className="p-2">
                {t("place")}
              </th>
            </tr>
          </thead>
          <tbody>
            {slots.map((slot) => (
              <tr key={slot.id} className="border-t border-gray-200">
                <td className="p-2">
                  <input
                    type="checkbox"
                    name="slotIds"
                    value={slot.id}
                    aria-label={t("withdrawPick", { adviser: slot.adviser, when: slot.when })}
                    className="h-5 w-5"
                  />
                </td>
                <td className="p-2">{slot.when}</td>
                <td className="p-2">{slot.adviser}</td>
                <td className="p-2">{slot.place}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <SubmitButton variant="danger">{t("withdrawSubmit")}</SubmitButton>
    </form>
  );
}
