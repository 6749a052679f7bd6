import { isId } from "@/lib/core/ids";
import { fundingForms } from "@/lib/db/schema/competitions";
import { allValid, oneOfField, pageField, slugField, yearField, type ListFilterSpec } from "@/lib/http/list-filters";
import type { RegisterFilters } from "./register";

/*
 * The public register's filters and page (cached per combination: lib/http/list-filters.ts). Pure.
 * The API reads the same parameters leniently (registerFiltersFrom).
 */
export const contractListFilters: ListFilterSpec<RegisterFilters> = {
  parse: (query, now) => {
    const organization = query.get("organization");
    return allValid<RegisterFilters>({
      year: yearField(query.get("year"), now),
      area: slugField(query.get("area")),
      form: oneOfField(query.get("form"), fundingForms),
      organization: !organization ? undefined : isId(organization) ? organization : null,
      page: pageField(query.get("page")),
    });
  },
  toQuery: (f) => ({ year: f.year, area: f.area, form: f.form, organization: f.organization, page: f.page }),
};
