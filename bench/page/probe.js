// The measuring script every bench page runs first (an inline classic script in <head>), so it
// sees the whole load. It fills `window.__probe`:
//   lcp, lcpSize   the last largest-contentful-paint entry (ms from navigation, px²)
//   longTasks      [{ start, duration }] from the longtask observer
//   inDom          the first frame in which the article's first body paragraph is in the DOM
//   painted        just after that frame was painted (a message posted from its rAF callback
//                  runs after the frame's paint)
// `find` is a JS expression giving the element whose first <p>s hold that paragraph.

/** The probe's source for a page: `find` as above, `expected` the paragraph's opening words. */
export function probeScript(find, expected) {
  return `(() => {
  const probe = (window.__probe = { lcp: 0, lcpSize: 0, longTasks: [], inDom: 0, painted: 0 });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) Object.assign(probe, { lcp: e.startTime, lcpSize: e.size });
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) probe.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  const expected = ${JSON.stringify(expected)};
  const shown = () => {
    const ps = (${find})?.querySelectorAll('p') ?? [];
    for (let i = 0; i < Math.min(ps.length, 3); i++) if (ps[i].textContent.trim().startsWith(expected)) return true;
    return false;
  };
  const frame = () => {
    if (!shown()) return requestAnimationFrame(frame);
    probe.inDom = performance.now();
    const channel = new MessageChannel();
    channel.port1.onmessage = () => (probe.painted = performance.now());
    channel.port2.postMessage(0);
  };
  requestAnimationFrame(frame);
})();`;
}
