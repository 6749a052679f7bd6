/*
 * After a comment is posted the thread is re-rendered (router.refresh, or replies fetched again);
 * the form asks here for focus to go to the new comment, and the comment takes it when it mounts.
 * One pending id per page is enough: a person posts one comment at a time.
 */
let pendingId: string | null = null;

export function focusWhenShown(commentId: string) {
  pendingId = commentId;
}

export function isPendingFocus(commentId: string) {
  return pendingId === commentId;
}

export function clearPendingFocus() {
  pendingId = null;
}
