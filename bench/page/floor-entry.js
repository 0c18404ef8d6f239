// The floor: what rendering markdown costs with no element at all. Bundled by bench/lib/prepare.js.
import { marked } from 'marked';
import DOMPurify from 'dompurify';

/** marked.parse + DOMPurify.sanitize + innerHTML into `target`. */
export function renderFloor(target, markdown) {
  target.innerHTML = DOMPurify.sanitize(marked.parse(markdown));
}
