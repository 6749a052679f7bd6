import { emptyContent } from "./content";

/** A complete offer inside the test competitions' limits (max 60 000 zł, 5 % own money, task in 2027). */
export function completeContent() {
  const c = emptyContent();
  c.applicant = {
    contactName: "Anna",
    contactEmail: "a@example.test",
    contactPhone: "",
    representatives: [{ name: "Anna Nowak", role: "prezes" }],
  };
  c.task = {
    title: "Zadanie",
    startDate: "2027-02-01",
    endDate: "2027-06-30",
    place: "Białystok",
    description: "Opis",
    schedule: [{ action: "Warsztaty", from: "2027-02-01", to: "2027-03-01", who: "oferent" }],
    results: [{ name: "Uczestnicy", target: "40", measure: "listy obecności" }],
  };
  c.resources = { experience: "10 lat", resources: "sala" };
  c.costs.lines = [{ kind: "task", year: "2027", name: "Warsztaty", units: "20", unit: "godz.", unitCost: "2000" }];
  c.sources = {
    requestedGrant: "36000",
    ownFinancial: "4000",
    volunteerHours: "",
    volunteerRate: "",
    otherNonFinancial: "",
    participantFees: "",
  };
  c.other = { paid: "free", info: "" };
  c.declarations = { scope: true, fees: true, taxArrears: "none", socialInsuranceArrears: "none", register: true, truth: true, data: true };
  return c;
}
