import { BrowserRouter } from './app/router';
import { boot } from './app/boot';
import { ParticipantApp } from './app/ParticipantApp';
import { participantCatalogs } from './app/participantCatalogs';
import { startParticipantData, startParticipantPage } from './app/participantRoutes';

// The participant's phone (participant.html, which the server sends for /join and /s/…): the join page, the session
// and "my data", without the staff app's shell, routes, catalogs and widgets.
await boot({
  catalogs: participantCatalogs,
  namespaces: startParticipantPage(window.location.pathname),
  start: (client) => startParticipantData(window.location.pathname, client),
  render: ({ client, i18n }) => (
    <ParticipantApp client={client} i18n={i18n} router={(routes) => <BrowserRouter>{routes}</BrowserRouter>} />
  ),
});
