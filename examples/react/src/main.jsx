// The package is imported before the first render, so React 19 sees the elements' properties
// (`article`) and sets them as properties, not as attributes.
import 'news-article-elements';
import { createRoot } from 'react-dom/client';
import { App } from './App.jsx';

createRoot(document.getElementById('root')).render(<App />);
