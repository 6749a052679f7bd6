/**
 * Everyday words for the task areas whose statutory names (art. 4 of the act) use other words than
 * people search with: "seniorów" finds an organisation working "na rzecz osób w wieku emerytalnym".
 * Searched together with the area's Polish and English names. Pure, safe for client code.
 */
export const areaSearchWords: Record<string, string> = {
  seniors: "seniorzy seniorki osoby starsze emeryci trzeci wiek",
  disability: "niepełnosprawność niepełnosprawni",
  "children-youth": "dzieci młodzież młodzi nastolatki",
  "social-assistance": "ubodzy ubóstwo bezdomni",
  "addiction-prevention": "uzależnienia alkohol narkotyki profilaktyka",
  "foreigners-integration": "cudzoziemcy migranci uchodźcy",
  ecology: "przyroda zwierzęta środowisko klimat",
  sport: "sport",
  "legal-aid": "porady prawne prawnik",
  "family-parenthood": "rodzina rodzice",
  volunteering: "wolontariusze",
  "veterans-persecuted": "sybiracy",
};
