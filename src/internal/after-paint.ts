/**
 * Resolves after the browser has painted the next frame: `requestAnimationFrame` runs just
 * before a paint, and a task queued from it runs after. A hidden page paints nothing (and
 * gets no animation frames), and a DOM without frames (jsdom) has none to wait for: there it
 * resolves in the next task.
 */
export function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    const task = () => setTimeout(resolve);
    if (document.hidden || typeof requestAnimationFrame !== 'function') task();
    else requestAnimationFrame(task);
  });
}
