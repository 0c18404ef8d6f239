import { useCallback, useEffect, useState } from 'react';
import { ServerArticle } from './server-article.jsx';

/** A page that shows a server-rendered article and counts how often its summary was opened. */
export function App({ articleHtml }) {
  const [opened, setOpened] = useState(0);
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  const onSummaryToggle = useCallback((event) => {
    if (event.open) setOpened((n) => n + 1);
  }, []);
  return (
    <main data-hydrated={hydrated ? '' : undefined}>
      <p className="status">Summary opened {opened} times</p>
      <ServerArticle html={articleHtml} onSummaryToggle={onSummaryToggle} />
    </main>
  );
}
