import type { EntityManager } from '@mikro-orm/core';
import { Seeder } from '@mikro-orm/seeder';
import { SessionMinutes, SessionPhoto } from '../modules/minutes/minutes.entity.js';
import { prepareImage } from '../modules/minutes/photo.image.js';
import { PhaseKind } from '../modules/session/session.entity.js';
import { daysAfter, demoCalendar, minutesAfter, type DemoContext } from './demo-calendar.js';
import { DEMO_IDS, demoUuid } from './demo-ids.js';
import { createMissing } from './seed-support.js';
import { demoPhaseOfKind } from './session.seeder.js';
import sharp from 'sharp';

export const demoMinutesHtml = [
  '<h2>Werksessie 1: wat loopt er mis in onze buurt?</h2>',
  '<p>34 buren kwamen naar De Schakel; er werd gesproken in <strong>negen talen</strong>, met drie tolken.</p>',
  '<h3>Wat we hoorden</h3>',
  '<ul><li>Het park is ’s avonds te donker: de lampen langs de rivier zijn vaak kapot.</li>',
  '<li>De bibliotheek en de loketten zijn dicht als mensen in ploegen werken.</li>',
  '<li>Er is geen bus naar de industriezone voor de vroege en late ploegen.</li></ul>',
  '<h3>Afspraken</h3>',
  '<ol><li>De twee plannen gaan volgende week naar de gemeente.</li>',
  '<li>Tussen de sessies kan iedereen met zijn persoonlijke code nog uitdagingen en ideeën sturen.</li></ol>',
  '<blockquote>“Eindelijk vraagt iemand het aan ons.” (een deelnemer)</blockquote>',
].join('');

// A flipchart with sticky notes in the colours of the themes, as a phone would photograph it: drawn here, then
// stored the way every photo is (checked, resized, without metadata).
function flipchart(notes: readonly string[], seed: number): Promise<Buffer> {
  const cells = notes
    .map((colour, i) => {
      const x = 60 + (i % 4) * 210 + ((seed * (i + 3)) % 17);
      const y = 150 + Math.floor(i / 4) * 190 + ((seed * (i + 5)) % 13);
      const lines = [0, 1, 2]
        .map(
          (l) =>
            `<rect x="${x + 18}" y="${y + 30 + l * 32}" width="${110 - ((i + l) % 3) * 22}" height="8" rx="4" fill="#33333388"/>`,
        )
        .join('');
      return `<rect x="${x}" y="${y}" width="170" height="150" rx="6" fill="${colour}" transform="rotate(${((i * seed) % 7) - 3} ${x + 85} ${y + 75})"/>${lines}`;
    })
    .join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="960" height="720">
    <rect width="960" height="720" fill="#d9d4c7"/>
    <rect x="30" y="40" width="900" height="650" fill="#fbfaf6" stroke="#b9b3a5" stroke-width="4"/>
    <rect x="60" y="70" width="${300 + seed * 20}" height="22" rx="11" fill="#1f4e79"/>
    ${cells}
  </svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 88 }).toBuffer();
}

export class MinutesSeeder extends Seeder<DemoContext> {
  async run(em: EntityManager, context: DemoContext = { calendar: demoCalendar() }): Promise<void> {
    const { calendar } = context;
    const written = minutesAfter(daysAfter(calendar.pastSession, 1), 14 * 60);
    await createMissing(em, SessionMinutes, [
      {
        id: demoUuid('sessionMinutes', 1),
        session: DEMO_IDS.sessions.past,
        html: demoMinutesHtml,
        createdAt: written,
        updatedAt: written,
      },
    ]);
    const photos = [
      {
        caption: "Flap met de uitdagingen, gegroepeerd in vier thema's (veiligheid, diensten, ontmoeting, mobiliteit)",
        notes: ['#f7d154', '#f7d154', '#f7d154', '#9fd3c7', '#9fd3c7', '#f4a7b9', '#f4a7b9', '#b5c7f2'],
        phase: PhaseKind.CLUSTERING,
        minute: 44,
      },
      {
        caption: 'Stippen op de ideeën: licht in het park en de bus naar de industriezone kregen de meeste',
        notes: ['#9fd3c7', '#f7d154', '#b5c7f2', '#f4a7b9', '#9fd3c7', '#f7d154'],
        phase: PhaseKind.VOTING,
        minute: 80,
      },
    ];
    const existing = await em.count(SessionPhoto, {
      id: { $in: photos.map((_, i) => demoUuid('sessionPhoto', i + 1)) },
    });
    if (existing === photos.length) return;
    const rows = [];
    for (const [i, photo] of photos.entries()) {
      const image = await prepareImage(await flipchart(photo.notes, i + 2));
      const at = minutesAfter(calendar.pastSession, photo.minute);
      rows.push({
        id: demoUuid('sessionPhoto', i + 1),
        session: DEMO_IDS.sessions.past,
        phase: demoPhaseOfKind('past', photo.phase),
        caption: photo.caption,
        contentType: image.contentType,
        width: image.width,
        height: image.height,
        byteSize: image.data.length,
        data: image.data,
        createdAt: at,
        updatedAt: at,
      });
    }
    await createMissing(em, SessionPhoto, rows);
  }
}
