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
}

export default async function render({ format, report, language }: RenderTask): Promise<Uint8Array> {
  return format === 'pdf' ? reportPdf(report, new Date(), language) : Buffer.from(reportCsv(report, language), 'utf8');
}
