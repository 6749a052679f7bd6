import type { NewsLink } from "@/lib/db/schema/news";

/** One news item as the open data API gives it (no personal data: the organization's name and id only). */
export function newsApiItem(item: {
  id: string;
  title: string;
  lead: string;
  type: string;
  areas: string[];
  links: NewsLink[];
  publishAt: Date | null;
  organizationId: string | null;
  organizationName: string | null;
}) {
  return {
    id: item.id,
    type: item.type,
    title: item.title,
    lead: item.lead,
    areas: item.areas,
    links: item.links,
    publishedAt: item.publishAt,
    organization: item.organizationId ? { id: item.organizationId, name: item.organizationName } : null,
    url: `/news/${item.id}`,
  };
}
