import type { EntityManager } from '@mikro-orm/core';
import { Seeder } from '@mikro-orm/seeder';
import { Strategy, StrategyAction, StrategyStatus } from '../modules/strategy/strategy.entity.js';
import { daysAfter, demoCalendar, minutesAfter, type DemoContext } from './demo-calendar.js';
import { DEMO_IDS, demoUuid } from './demo-ids.js';
import { demoIdeaId } from './idea.seeder.js';
import { createMissing } from './seed-support.js';
import { demoPhaseAt, demoSessionStart, type DemoSessionKey } from './session.seeder.js';

interface DemoStrategy {
  id: string;
  session: DemoSessionKey;
  title: string;
  description: string;
  ideas: string[];
  status: StrategyStatus;
  actions: { what: string; who: string; due: string; resources: string }[];
}

// The plans the first session drafted from its most voted ideas; all went to the municipality a week later. It has
// answered four (one of each decision) and has yet to answer the last.
export const demoStrategies: readonly DemoStrategy[] = [
  {
    id: DEMO_IDS.strategies.park,
    session: 'past',
    title: 'Een veilig en verlicht buurtpark',
    description:
      "Wie 's avonds van het werk komt, moet zonder angst door het park kunnen. Meer licht, meer volk in het park " +
      'en kapotte lampen die snel gemeld en hersteld worden.',
    ideas: ['path-lights', 'evening-walk', 'report-qr'],
    status: StrategyStatus.ANSWERED,
    actions: [
      {
        what: 'Verlichting plaatsen langs het hoofdpad en aan de ingang aan de rivierkant.',
        who: 'Gemeente Mechelen, dienst Openbaar Domein',
        due: 'Voorjaar 2027',
        resources: 'Ongeveer 40.000 euro uit het investeringsbudget voor openbare verlichting.',
      },
      {
        what: 'Elke maand een avondwandeling door het park met buren, buurtwerkers en de wijkagent.',
        who: 'Buurtwerk Dijlekant vzw met bewoners',
        due: 'Vanaf de volgende maand',
        resources: 'Fluohesjes, zaklampen en koffie achteraf in het buurtcentrum.',
      },
      {
        what: 'QR-codes op de lantaarnpalen om kapotte lampen in meerdere talen te melden.',
        who: 'Gemeente Mechelen, dienst Communicatie',
        due: 'Binnen zes maanden',
        resources: 'Het meldformulier vertaald in vijf talen; stickers voor 300 palen.',
      },
    ],
  },
  {
    id: DEMO_IDS.strategies.bus,
    session: 'past',
    title: 'Een bus naar de industriezone die past bij ploegenwerk',
    description:
      'Wie vroeg of laat werkt, geraakt zonder auto niet op tijd in de industriezone. Busritten die aansluiten op ' +
      'de ploegen, en samen met de bedrijven een pendel van en naar het station.',
    ideas: ['shift-buses', 'shared-shuttle', 'shared-bikes'],
    status: StrategyStatus.ANSWERED,
    actions: [
      {
        what: 'Een jaar lang als proef extra busritten om 5 uur en om 22 uur naar en van de industriezone.',
        who: 'Gemeente Mechelen samen met de vervoersmaatschappij',
        due: 'Dienstregeling van september 2027',
        resources: 'Cofinanciering door de stad voor de extra ritten tijdens de proef.',
      },
      {
        what: 'Een pendelbus tussen het station en de industriezone, gedeeld door de bedrijven.',
        who: 'Bedrijvenvereniging van de industriezone, met de schepen van Economie',
        due: 'Eerste gesprek vóór de zomer van 2027',
        resources: 'Een bijdrage per bedrijf volgens het aantal werknemers in ploegen.',
      },
    ],
  },
  {
    id: DEMO_IDS.strategies.library,
    session: 'past',
    title: 'De bibliotheek open wanneer ploegwerkers kunnen',
    description:
      'Wie in ploegen werkt, staat altijd voor een gesloten bibliotheek. Eén lange avond per week, de zaterdagochtend ' +
      'en boeken die je dag en nacht kunt afhalen.',
    ideas: ['library-evening', 'book-lockers'],
    status: StrategyStatus.ANSWERED,
    actions: [
      {
        what: 'Elke donderdag open tot 21 uur en elke zaterdag van 9 tot 13 uur.',
        who: 'Stadsbibliotheek Mechelen',
        due: 'Vanaf januari 2027',
        resources: 'Twee extra medewerkers op donderdagavond, betaald uit het personeelsbudget van de bibliotheek.',
      },
      {
        what: 'Afhaalkastjes aan de ingang voor gereserveerde boeken, te openen met de bibliotheekkaart.',
        who: 'Stadsbibliotheek Mechelen met de dienst ICT',
        due: 'Zomer 2027',
        resources: 'Twaalf kastjes en een koppeling met het uitleensysteem.',
      },
    ],
  },
  {
    id: DEMO_IDS.strategies.meetingRoom,
    session: 'past',
    title: 'Een buurtkamer in de leegstaande winkel aan het plein',
    description:
      'Buren willen elkaar ontmoeten zonder iets te moeten kopen. De leegstaande winkel aan het plein kan een ' +
      'buurtkamer worden met gratis koffie, beheerd door bewoners.',
    ideas: ['neighbourhood-room'],
    status: StrategyStatus.ANSWERED,
    actions: [
      {
        what: 'De winkel huren en inrichten als buurtkamer.',
        who: 'Gemeente Mechelen, dienst Samenleven',
        due: 'Binnen een jaar',
        resources: 'Huur van ongeveer 1.500 euro per maand en een eenmalige inrichting.',
      },
    ],
  },
  {
    id: DEMO_IDS.strategies.forms,
    session: 'past',
    title: 'Stadsformulieren in meer talen, met hulp in de buurt',
    description:
      'De formulieren van de stad bestaan alleen in het Nederlands. De meest gebruikte vertalen en elke week hulp ' +
      'bij het invullen in het buurtcentrum.',
    ideas: ['translate-forms', 'form-help-desk'],
    status: StrategyStatus.SUBMITTED,
    actions: [
      {
        what: 'De tien meest gebruikte formulieren vertalen in het Frans, Engels en Arabisch.',
        who: 'Gemeente Mechelen, dienst Communicatie',
        due: 'Voor het einde van 2027',
        resources: 'Een vertaalbureau, ongeveer 6.000 euro.',
      },
      {
        what: 'Elke dinsdagavond hulp bij formulieren in het buurtcentrum, met vrijwillige tolken.',
        who: 'Buurtwerk Dijlekant vzw met Vrouwen van de Wereld',
        due: 'Vanaf het voorjaar',
        resources: 'Een lokaal, koffie en een vergoeding voor de vrijwilligers.',
      },
    ],
  },
  // Drafted in the live session: it builds on ideas of the first evening and of tonight.
  {
    id: DEMO_IDS.strategies.safeHome,
    session: 'live',
    title: 'Veilig thuiskomen na het werk',
    description:
      "Licht in het park alleen is niet genoeg: buren die 's avonds samen wandelen en een plek om boeken op te halen " +
      'aan het station maken de weg naar huis veiliger en de stad bereikbaarder voor wie laat werkt.',
    ideas: ['path-lights', 'evening-walk', 'neighbour-watch', 'library-station'],
    status: StrategyStatus.DRAFT,
    actions: [
      {
        what: 'Een groep vrijwillige buren die twee avonden per week door het park wandelt.',
        who: 'Buurtwerk Dijlekant vzw met bewoners',
        due: 'Na de zomer',
        resources: 'Fluohesjes, een vrijwilligersverzekering en een vaste contactpersoon bij de wijkpolitie.',
      },
    ],
  },
];

export const demoStrategyActionId = (strategyIndex: number, position: number): string =>
  demoUuid('strategyAction', strategyIndex * 10 + position + 1);

export class StrategySeeder extends Seeder<DemoContext> {
  async run(em: EntityManager, context: DemoContext = { calendar: demoCalendar() }): Promise<void> {
    const { calendar } = context;
    // The first session drafted its plans in the strategies phase (80 minutes in) and submitted them a week later;
    // the live session started one while it was still gathering ideas.
    const draftedAt = (s: DemoStrategy) =>
      minutesAfter(demoSessionStart(calendar, s.session), s.session === 'past' ? 85 : 50);
    const submitted = daysAfter(calendar.pastSession, 7);
    await createMissing(
      em,
      Strategy,
      demoStrategies.map((s) => ({
        id: s.id,
        session: DEMO_IDS.sessions[s.session],
        phase: demoPhaseAt(s.session, s.session === 'past' ? 85 : 50),
        title: s.title,
        description: s.description,
        status: s.status,
        submittedAt: s.status === StrategyStatus.DRAFT ? null : submitted,
        ideas: s.ideas.map(demoIdeaId),
        createdAt: draftedAt(s),
        updatedAt: s.status === StrategyStatus.DRAFT ? draftedAt(s) : submitted,
      })),
    );
    await createMissing(
      em,
      StrategyAction,
      demoStrategies.flatMap((s, index) =>
        s.actions.map((action, position) => {
          const at = minutesAfter(draftedAt(s), 5 + position * 4);
          return {
            id: demoStrategyActionId(index, position),
            strategy: s.id,
            position,
            ...action,
            createdAt: at,
            updatedAt: at,
          };
        }),
      ),
    );
  }
}
