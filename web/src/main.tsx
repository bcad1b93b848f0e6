import { BrowserRouter } from './app/router';
import { App } from './app/App';
import { boot } from './app/boot';
import { catalogs } from './app/catalogs';

// The whole app (index.html). A participant's phone opens participant.html instead (src/participant.tsx).
await boot({
  catalogs,
  render: ({ client, i18n }) => (
    <App client={client} i18n={i18n} router={(routes) => <BrowserRouter>{routes}</BrowserRouter>} />
  ),
});
