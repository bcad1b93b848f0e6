import { stringify } from 'csv-stringify/sync';

// Text that a spreadsheet would run as a formula (=, +, -, @ at the start) is kept as text by a leading quote,
// as OWASP advises: participants write these texts, staff open the file.
const FORMULA_START = /^[=+\-@\t\r]/;
const asText = (value: string): string => (FORMULA_START.test(value) ? `'${value}` : value);

// A CSV file for spreadsheets: UTF-8 with a byte order mark and CRLF line ends, so that Excel shows accents and
// Arabic as written, and no cell is run as a formula. The columns come in the order given; their headings are the
// column names, or the words given for them (in the reader's language).
export function toCsv<C extends string>(
  rows: readonly Partial<Record<C, string | number>>[],
  columns: readonly C[],
  headings?: Readonly<Record<C, string>>,
): string {
  return `\ufeff${stringify([...rows], {
    header: true,
    columns: columns.map((key) => ({ key, header: headings?.[key] ?? key })),
    record_delimiter: 'windows',
    cast: { string: asText },
  })}`;
}
