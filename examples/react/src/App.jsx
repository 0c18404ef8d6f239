import { useEffect, useState } from 'react';
import { articleAt } from '../../articles.js';

export function App() {
  const [path, setPath] = useState(location.pathname);
  const [summary, setSummary] = useState('closed');
  useEffect(() => {
    const onPopState = () => setPath(location.pathname);
    addEventListener('popstate', onPopState);
    return () => removeEventListener('popstate', onPopState);
  }, []);

  // The nav's links are real links; cancelling the event lets the app route without a page load.
  function navigate(event) {
    event.preventDefault();
    const next = new URL(event.url).pathname;
    history.pushState(null, '', next);
    setPath(next);
  }

  // React 19 listens to a custom element's events through `on` + the event's name, as written.
  return (
    <main>
      <p id="summary-state">Summary {summary}</p>
      <news-article
        article={articleAt(path)}
        onarticle-nav-navigate={navigate}
        onarticle-summary-toggle={(event) => setSummary(event.open ? 'open' : 'closed')}
      ></news-article>
    </main>
  );
}
