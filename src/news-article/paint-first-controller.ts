import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { afterNextPaint } from '../internal/after-paint.js';

/**
 * Lets an element's first render hold back what the reader does not need for the first
 * paint, and draws it in one more update after that paint. `<news-article>` paints the
 * headline and body first; the toggles, nav cards and `Intl`-formatted byline and dates,
 * whose room the first render reserves, follow a frame later. Once per element: later
 * articles render whole (their formatters and templates are ready by then).
 */
export class PaintFirstController implements ReactiveController {
  /** True once the held-back parts may render. */
  complete = false;
  /** Settles when the held-back parts have been requested; `undefined` when none are waiting. */
  pending?: Promise<void>;
  #released?: () => void;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Called by a render that held something back: asks for the whole render after the paint. */
  hold() {
    this.pending ??= new Promise((resolve) => {
      this.#released = resolve;
      afterNextPaint().then(() => this.release());
    });
  }

  /** Renders the held-back parts now (when the room held for them could be wrong where the reader sees it). */
  release() {
    if (this.complete) return;
    this.complete = true;
    this.host.requestUpdate();
    this.#released?.();
  }

  hostUpdated() {
    if (this.complete) this.pending = undefined;
  }
}
