"use server";

import { formAction } from "@/lib/forms/action";
import { addTaxArrearsRate } from "@/lib/reports/rates";

/** A new period of the tax-arrears rate; the page then lists it. */
export const addRateAction = formAction(addTaxArrearsRate, {
  redirect: () => ({ pathname: "/admin/grants/rates", query: { added: "1" } }),
});
