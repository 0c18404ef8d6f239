import { css } from 'lit';

/** Out of sight but read by screen readers: the live region that announces the opened panel. */
export const liveRegionStyles = css`
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;

/** The text of a node as it reads aloud: slotted content included, hidden slots and elements left out, blocks apart. */
const textOf = (node: Node): string =>
  node instanceof HTMLSlotElement
    ? node.hidden ? '' : node.assignedNodes({ flatten: true }).map(textOf).join(' ')
    : node instanceof Element
      ? node.hasAttribute('hidden') || node.getAttribute('aria-hidden') === 'true'
        ? ''
        : [...node.childNodes].map(textOf).join(' ')
      : node instanceof Text
        ? node.data
        : '';

/** What the panel says, on one line. */
export const spokenText = (panel: Element) => textOf(panel).replace(/\s+/g, ' ').trim();
