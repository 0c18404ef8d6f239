/** Where `<news-article>` (and `renderArticle`) put the summary toggles: `summary-position`. */
export type SummaryPosition = 'both' | 'top' | 'bottom' | 'none';

export const SUMMARY_POSITIONS: readonly string[] = ['both', 'top', 'bottom', 'none'];

/** Whether `position` puts a toggle before (`top`) or after (`bottom`) the body. */
export const hasToggle = (position: SummaryPosition, where: 'top' | 'bottom') =>
  position === 'both' || position === where;
