/** The HTTP answer of an iCalendar feed (a calendar program subscribes to it; not a download). */
export function icsResponse(body: string): Response {
  return new Response(body, { headers: { "Content-Type": "text/calendar; charset=utf-8", "Cache-Control": "public, max-age=300" } });
}
