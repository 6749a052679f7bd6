import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { documentTypes, type DocumentKind } from "@/lib/core/file-type";
import { formatNumber } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/routing";

export interface AttachmentRow {
  id: string;
  name: string;
  contentType: string;
  size: number;
  hash: string;
}

const kindOf = new Map(Object.entries(documentTypes).map(([kind, type]) => [type, kind as DocumentKind]));

/** The download's address: versioned by the file's hash, so it may be kept for a year. */
export const attachmentHref = (a: Pick<AttachmentRow, "id" | "hash">) => `/api/v1/news/attachments/${a.id}?v=${a.hash}`;

/** "1,5 MB", "820 kB", "312 B" in the page's number format. */
async function sizeText(bytes: number, locale: Locale) {
  const t = await getTranslations("news.attachments.size");
  if (bytes < 1024) return t("b", { size: formatNumber(bytes, locale) });
  if (bytes < 1024 * 1024) return t("kb", { size: formatNumber(Math.round(bytes / 1024), locale) });
  const mb = Math.round((bytes / (1024 * 1024)) * 10) / 10;
  return t("mb", { size: formatNumber(mb, locale) });
}

/** An item's attachments: name (the download link), type and size; `action` adds a control per file (the staff's "remove"). */
export async function AttachmentList({
  attachments,
  locale,
  action,
}: {
  attachments: readonly AttachmentRow[];
  locale: Locale;
  action?: (a: AttachmentRow) => ReactNode;
}) {
  const t = await getTranslations("news.attachments");
  const rows = await Promise.all(
    attachments.map(async (a) => {
      const kind = kindOf.get(a.contentType as (typeof documentTypes)[DocumentKind]);
      return { file: a, type: kind ? t(`kinds.${kind}`) : a.contentType, size: await sizeText(a.size, locale) };
    }),
  );
  return (
    <ul className="space-y-2">
      {rows.map(({ file, type, size }) => (
        <li key={file.id} className="flex flex-wrap items-center gap-x-4 gap-y-1">
          <a href={attachmentHref(file)} download={file.name} className="text-brand-600 underline [overflow-wrap:anywhere]">
            {file.name}
          </a>
          <span className="text-sm text-muted">
            {type} · {size}
          </span>
          {action?.(file)}
        </li>
      ))}
    </ul>
  );
}
