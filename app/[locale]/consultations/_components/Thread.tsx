"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import type { PublicComment } from "@/lib/consultations/comment-queries";
import type { ThreadOrder } from "@/lib/consultations/rules";
import { CommentItem } from "./CommentItem";

/** The thread: the first page comes with the (cached) page; more pages are fetched by keyset cursor. */
export function Thread({
  consultationId,
  initial,
  open,
  editWindowMinutes,
}: {
  consultationId: string;
  initial: { items: PublicComment[]; next: string | null };
  open: boolean;
  editWindowMinutes: number;
}) {
  const t = useTranslations("consultations.thread");
  const [order, setOrder] = useState<ThreadOrder>("newest");
  const [items, setItems] = useState(initial.items);
  const [next, setNext] = useState(initial.next);
  const [loading, setLoading] = useState(false);
  const id = useId();
  // A refresh after posting brings a new first page: start again from it (adjusting state while rendering).
  const [seen, setSeen] = useState(initial);
  if (seen !== initial) {
    setSeen(initial);
    setOrder("newest");
    setItems(initial.items);
    setNext(initial.next);
  }

  async function load(nextOrder: ThreadOrder, cursor: string | null) {
    setLoading(true);
    const query = new URLSearchParams({ order: nextOrder, ...(cursor && { cursor }) });
    const r = await fetch(`/api/v1/consultations/${consultationId}/comments?${query}`, { cache: "no-store" });
    const page = (await r.json()) as { items: PublicComment[]; next: string | null };
    setItems((current) => (cursor ? [...current, ...page.items] : page.items));
    setNext(page.next);
    setLoading(false);
  }

  return (
    <div>
      <div className="mb-3 print:hidden">
        <label htmlFor={`${id}-order`} className="mr-2 font-semibold">
          {t("order")}
        </label>
        <select
          id={`${id}-order`}
          value={order}
          onChange={(e) => {
            const o = e.target.value as ThreadOrder;
            setOrder(o);
            void load(o, null);
          }}
          className="rounded border-2 border-gray-700 px-2 py-1"
        >
          <option value="newest">{t("newest")}</option>
          <option value="oldest">{t("oldest")}</option>
          <option value="supported">{t("supported")}</option>
        </select>
      </div>
      {items.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ul className="space-y-3" aria-busy={loading}>
          {items.map((c) => (
            <li key={c.id}>
              <CommentItem comment={c} open={open} editWindowMinutes={editWindowMinutes} />
            </li>
          ))}
        </ul>
      )}
      {next && (
        <button
          type="button"
          disabled={loading}
          onClick={() => load(order, next)}
          className="mt-4 rounded border-2 border-brand-600 px-4 py-2 font-semibold text-brand-700 print:hidden"
        >
          {loading ? t("loading") : t("loadMore")}
        </button>
      )}
    </div>
  );
}
