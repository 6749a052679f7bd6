import type { premisesRegister } from "./queries";

type RegisterItem = Awaited<ReturnType<typeof premisesRegister>>["items"][number];

/** One entry of the open register: the premises, the organization (public) and the terms; nobody's personal data. */
export function premisesToApi(item: RegisterItem) {
  return {
    id: item.id,
    address: item.address,
    district: item.district,
    areaM2: item.areaM2,
    rentPerM2Grosze: item.rentPerM2,
    termStart: item.termStart,
    termEnd: item.termEnd,
    purpose: item.purpose,
    organization: { id: item.organizationId, name: item.organization },
  };
}
