import { LitElement, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { ArticleLink } from '../article/article.js';
import { safeUrl } from '../article/safe-url.js';
import { labelsFor, langOf } from '../internal/labels.js';
import { themeStyles } from '../internal/theme.styles.js';
import { styles } from './article-nav.styles.js';

export type NavDirection = 'prev' | 'next';

/** Fired before a link is followed; cancel it (`preventDefault()`) to route in a single-page app instead. */
export class ArticleNavNavigateEvent extends Event {
  constructor(
    /** Which link: `prev` or `next`. */
    readonly direction: NavDirection,
    /** The link's absolute URL. */
    readonly url: string,
  ) {
    super('article-nav-navigate', { bubbles: true, composed: true, cancelable: true });
  }
}

interface Side {
  dir: NavDirection;
  url: string;
  title?: string;
}

/**
 * "Previous Article" / "Next Article" links to the neighbouring articles, with their titles.
 *
 * @csspart nav - The `<nav>` landmark.
 * @csspart link - Each link (a card); also `prev` or `next`.
 * @csspart prev - The previous-article link.
 * @csspart next - The next-article link.
 * @csspart label - "Previous Article" / "Next Article", with its arrow.
 * @csspart title - The neighbouring article's title.
 * @cssprop --article-nav-background - Card background (default `--article-color-surface`).
 * @cssprop --article-nav-border-color - Card border (default `--article-color-border`).
 * @cssprop --article-nav-gap - Space between the cards (default `1em`).
 * @fires {ArticleNavNavigateEvent} article-nav-navigate - A link was clicked (cancelable).
 */
@customElement('article-nav')
export class ArticleNavElement extends LitElement {
  static override styles = [themeStyles, styles];

  /** The previous article; wins over `prev-href` / `prev-title`. */
  @property({ attribute: false }) prev?: ArticleLink | null;
  /** The next article; wins over `next-href` / `next-title`. */
  @property({ attribute: false }) next?: ArticleLink | null;
  /** URL of the previous article (http, https or relative). */
  @property({ attribute: 'prev-href' }) prevHref?: string;
  /** Title of the previous article. */
  @property({ attribute: 'prev-title' }) prevTitle?: string;
  /** URL of the next article (http, https or relative). */
  @property({ attribute: 'next-href' }) nextHref?: string;
  /** Title of the next article. */
  @property({ attribute: 'next-title' }) nextTitle?: string;
  /** Replaces "Previous Article". */
  @property({ attribute: 'prev-label' }) prevLabel?: string;
  /** Replaces "Next Article". */
  @property({ attribute: 'next-label' }) nextLabel?: string;
  /** Replaces "More articles", the landmark's name. */
  @property({ attribute: 'nav-label' }) navLabel?: string;
  /** `light` or `dark` forces those colours; `auto` (or none) follows the reader's system. */
  @property({ reflect: true }) theme?: 'light' | 'dark' | 'auto';

  private _sides: Side[] = [];

  override willUpdate() {
    this._sides = [
      this._side('prev', this.prev, this.prevHref, this.prevTitle),
      this._side('next', this.next, this.nextHref, this.nextTitle),
    ].filter((s): s is Side => !!s);
    this.hidden = !this._sides.length;
  }

  override render() {
    if (!this._sides.length) return nothing;
    const l = labelsFor(langOf(this));
    return html`<nav part="nav" aria-label=${this.navLabel ?? l.nav}>
      ${this._sides.map(({ dir, url, title }) => {
        const label = dir === 'prev' ? (this.prevLabel ?? l.previous) : (this.nextLabel ?? l.next);
        const arrow = html`<span class="arrow" aria-hidden="true"
          >${dir === 'prev' ? '←' : '→'}</span
        >`;
        return html`<a
          part="link ${dir}"
          class=${dir}
          rel=${dir}
          href=${url}
          @click=${(e: MouseEvent) => this._navigate(e, dir, url)}
        >
          <span part="label"
            >${dir === 'prev' ? html`${arrow} ${label}` : html`${label} ${arrow}`}</span
          >
          ${title ? html`<span part="title">${title}</span>` : nothing}
        </a>`;
      })}
    </nav>`;
  }

  /** One link from the property (if set) or the attributes; absent without a safe URL. */
  private _side(
    dir: NavDirection,
    link?: ArticleLink | null,
    href?: string,
    title?: string,
  ): Side | undefined {
    if (link) ({ url: href, title } = link);
    if (!href) return undefined;
    const url = safeUrl(href, document.baseURI);
    if (!url)
      console.warn(
        `<article-nav>: dropped the ${dir} link: "${href}" is not an http(s) or relative URL.`,
      );
    return url ? { dir, url, title } : undefined;
  }

  private _navigate(event: MouseEvent, direction: NavDirection, url: string) {
    // Clicks meant for a new tab or window are the browser's, not the app's.
    if (event.button || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    if (!this.dispatchEvent(new ArticleNavNavigateEvent(direction, url))) event.preventDefault();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'article-nav': ArticleNavElement;
  }
  interface GlobalEventHandlersEventMap {
    'article-nav-navigate': ArticleNavNavigateEvent;
  }
}
