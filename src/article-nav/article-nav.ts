import { LitElement, html, nothing } from 'lit';
import type { ArticleLink } from '../article/article.js';
import { safeUrl } from '../article/safe-url.js';
import { labelsFor, langOf, type Labels } from '../internal/labels.js';
import { themeStyles } from '../internal/theme.styles.js';
import { styles } from './article-nav.styles.js';
import { defineElement } from '../internal/define.js';

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
 * Without `prev` / `next` or their attributes, it reads child `<a rel="prev">` / `<a rel="next">`
 * links (plain links with JavaScript off) and shows them as its cards.
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
export class ArticleNavElement extends LitElement {
  static override styles = [themeStyles, styles];

  // Reactive properties are declared here rather than with decorators: the decorator helpers
  // cost the bundle about half a kilobyte gzipped (measured with scripts/check-size.js).
  static override properties = {
    prev: { attribute: false },
    next: { attribute: false },
    prevHref: { attribute: 'prev-href' },
    prevTitle: { attribute: 'prev-title' },
    nextHref: { attribute: 'next-href' },
    nextTitle: { attribute: 'next-title' },
    prevLabel: { attribute: 'prev-label' },
    nextLabel: { attribute: 'next-label' },
    navLabel: { attribute: 'nav-label' },
    labels: { attribute: false },
    theme: { reflect: true },
  };

  /** The previous article; wins over `prev-href` / `prev-title`. */
  prev?: ArticleLink | null;
  /** The next article; wins over `next-href` / `next-title`. */
  next?: ArticleLink | null;
  /** URL of the previous article (http, https or relative). */
  prevHref?: string;
  /** Title of the previous article. */
  prevTitle?: string;
  /** URL of the next article (http, https or relative). */
  nextHref?: string;
  /** Title of the next article. */
  nextTitle?: string;
  /** Replaces "Previous Article". */
  prevLabel?: string;
  /** Replaces "Next Article". */
  nextLabel?: string;
  /** Replaces "More articles", the landmark's name. */
  navLabel?: string;
  /** Replaces any of the built-in labels; the label attributes win over it. */
  labels?: Partial<Labels>;
  /** `light` or `dark` forces those colours; `auto` (or none) follows the reader's system. */
  theme?: 'light' | 'dark' | 'auto';

  #sides: Side[] = [];

  override willUpdate() {
    this.#sides = [
      this.#side('prev', this.prev, this.prevHref, this.prevTitle),
      this.#side('next', this.next, this.nextHref, this.nextTitle),
    ].filter((s): s is Side => !!s);
    this.hidden = !this.#sides.length;
  }

  override render() {
    if (!this.#sides.length) return nothing;
    const l = { ...labelsFor(langOf(this)), ...this.labels };
    return html`<nav part="nav" aria-label=${this.navLabel ?? l.nav}>
      ${this.#sides.map(({ dir, url, title }) => {
        const prev = dir === 'prev';
        const label = prev ? (this.prevLabel ?? l.previous) : (this.nextLabel ?? l.next);
        const arrow = html`<span class="arrow" aria-hidden="true">${prev ? '←' : '→'}</span>`;
        return html`<a part="link ${dir}" class=${dir} rel=${dir} href=${url}
          @click=${(e: MouseEvent) => this.#navigate(e, dir, url)}>
          <span part="label">${prev ? html`${arrow} ${label}` : html`${label} ${arrow}`}</span>
          ${title ? html`<span part="title">${title}</span>` : nothing}
        </a>`;
      })}
    </nav>`;
  }

  /**
   * One link from the property (if set), the attributes, or else a child `<a rel="prev|next">`
   * (a server-printed link, kept as it is); absent without a safe URL.
   */
  #side(dir: NavDirection, link?: ArticleLink | null, href?: string, title?: string): Side | undefined {
    const printed = this.querySelector(`:scope > a[rel~=${dir}]`);
    if (link) ({ url: href, title } = link);
    else if (!href && printed) {
      href = printed.getAttribute('href') ?? undefined;
      title = printed.textContent!.trim();
    }
    const url = href && safeUrl(href, document.baseURI);
    if (href && !url) {
      console.warn(`<article-nav>: dropped the ${dir} link: "${href}" is not an http(s) or relative URL.`);
    }
    return url ? { dir, url, title } : undefined;
  }

  #navigate(event: MouseEvent, direction: NavDirection, url: string) {
    // Clicks meant for a new tab or window are the browser's, not the app's.
    if (event.button || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    if (!this.dispatchEvent(new ArticleNavNavigateEvent(direction, url))) event.preventDefault();
  }
}
defineElement('article-nav', ArticleNavElement);

declare global {
  interface HTMLElementTagNameMap {
    'article-nav': ArticleNavElement;
  }
  interface GlobalEventHandlersEventMap {
    'article-nav-navigate': ArticleNavNavigateEvent;
  }
}
