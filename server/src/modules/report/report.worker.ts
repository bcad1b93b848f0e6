// Runs in a worker thread (see report.render.ts): laying out a report of a big session takes seconds of CPU,
// which on the main thread would hold up every other request.
import os from 'node:os';
import { reportCsv } from './report.csv.js';
import { reportPdf } from './report.pdf.js';
import type { SessionReportData } from './report.query.js';

// Reports are background work: on Linux this lowers the priority of this thread only, so that the API's own
// thread and PostgreSQL get the processor first when both want it.
try {
  os.setPriority(os.constants.priority.PRIORITY_BELOW_NORMAL);
} catch {
  // Not allowed here (some containers): the render still runs off the main thread.
}

export interface RenderTask {
  format: 'csv' | 'pdf';
  report: SessionReportData;
  // The reader's language (Accept-Language): the headings and fixed words of the PDF and the CSV are in it.
  language?: string;
  // The stored image of each photo of the report, by id (a Buffer arrives in the thread as a Uint8Array).
  photos?: ReadonlyMap<string, Uint8Array>;
}

export default async function render({ format, report, language, photos }: RenderTask): Promise<Uint8Array> {
  if (format === 'csv') return Buffer.from(reportCsv(report, language), 'utf8');
  const images = new Map([...(photos ?? new Map<string, Uint8Array>())].map(([id, bytes]) => [id, Buffer.from(bytes)]));
  return reportPdf(report, new Date(), language, { photos: images });
}
