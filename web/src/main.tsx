import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { App } from './app/App';
import { createApolloClient } from './app/apollo';
import { createI18n } from './app/i18n';
import './app/theme/tokens.css';
import '@fontsource/noto-sans-ethiopic/400.css';
import '@fontsource/noto-sans-ethiopic/700.css';
import './app/theme/global.css';

const i18n = await createI18n();
const client = createApolloClient({ language: () => i18n.resolvedLanguage ?? i18n.language });

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App client={client} i18n={i18n} router={(routes) => <BrowserRouter>{routes}</BrowserRouter>} />
  </StrictMode>,
);
