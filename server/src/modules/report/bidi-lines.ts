import { createRequire } from 'node:module';
import type { Bidi } from 'bidi-js';

// Right-to-left text in a PDF. pdfkit shapes Arabic letters through its font engine (fontkit), which also draws
// each right-to-left word's letters from right to left, but it puts the words of a line one after the other from
// left to right, in the order they were written: an Arabic sentence reads backwards. So a paragraph with
// right-to-left letters is broken into lines here (at the width it will have), and the words of each line are put
// in their visual order by the Unicode Bidirectional Algorithm (bidi-js): runs of a higher embedding level turned
// around first, then the lower ones (UAX #9, rule L2), numbers and Latin words inside Arabic keeping their own order.

// bidi-js is CommonJS whose module.exports is the factory (its types say `export default`).
const bidiFactory = createRequire(import.meta.url)('bidi-js') as () => Bidi;
const bidi = bidiFactory();
const RTL_LETTER = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/;

export const hasRightToLeft = (text: string): boolean => RTL_LETTER.test(text);

// Whether a paragraph reads right to left: its first strong letter decides (UAX #9, rules P2 and P3).
export function isRightToLeft(text: string): boolean {
  return (bidi.getEmbeddingLevels(text).paragraphs[0]?.level ?? 0) % 2 === 1;
}

// The words of one line in the order they are drawn from left to right, each with its embedding level.
function orderedWords(line: string, rightToLeft: boolean): { text: string; level: number }[] {
  const { levels } = bidi.getEmbeddingLevels(line, rightToLeft ? 'rtl' : 'ltr');
  const words = [...line.matchAll(/\S+/g)].map((match) => {
    const start = match.index;
    let level = Infinity;
    for (let i = start; i < start + match[0].length; i++) level = Math.min(level, levels[i] ?? 0);
    return { text: match[0], level };
  });
  const highest = Math.max(0, ...words.map((word) => word.level));
  const lowestOdd = Math.min(...words.map((word) => (word.level % 2 === 1 ? word.level : word.level + 1)), highest);
  for (let level = highest; level >= lowestOdd && level > 0; level--) {
    for (let i = 0; i < words.length;) {
      if ((words[i]?.level ?? 0) < level) {
        i++;
        continue;
      }
      let end = i;
      while (end + 1 < words.length && (words[end + 1]?.level ?? 0) >= level) end++;
      words.splice(i, end - i + 1, ...words.slice(i, end + 1).toReversed());
      i = end + 1;
    }
  }
  return words;
}

export function visualWords(line: string, rightToLeft: boolean): string[] {
  return orderedWords(line, rightToLeft).map((word) => word.text);
}

// Whether fontkit draws a word's glyphs backwards: the script of its first character that has one decides, as in
// fontkit's own choice of direction. Persian and Arabic-Indic digits count as Arabic script.
const RTL_SCRIPT = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;
const NO_SCRIPT = /[\p{Script=Common}\p{Script=Inherited}\p{Script=Unknown}]/u;
export function drawnBackwards(word: string): boolean {
  for (const char of word) if (!NO_SCRIPT.test(char)) return RTL_SCRIPT.test(char);
  return false;
}

// A line as the string pdfkit should draw. pdfkit lays a line out word by word, each word with the space that
// follows it, and fontkit turns a right-to-left run around with that space in it: the space lands on the word's
// left. So spaces are counted for where they end up (one gap between neighbours; two where a left-to-right word
// is followed by a right-to-left one, which cannot be helped). A number in Persian or Arabic-Indic digits ("۱۴۰۵",
// "۱۳:۰۰") reads left to right, yet fontkit draws its digits backwards like Arabic letters: such a word without
// letters is handed over reversed, so that it comes out in its own order.
const graphemes = new Intl.Segmenter();
const reversed = (text: string): string =>
  Array.from(graphemes.segment(text), (part) => part.segment)
    .toReversed()
    .join('');

export function drawnLine(line: string, rightToLeft: boolean): string {
  const words = orderedWords(line, rightToLeft).map(({ text, level }) =>
    level % 2 === 0 && drawnBackwards(text) && !/\p{L}/u.test(text) ? reversed(text) : text,
  );
  const backwards = words.map(drawnBackwards);
  return words
    .map((word, i) => {
      if (i === words.length - 1) return word;
      const own = backwards[i] ? 1 : 0;
      const next = i + 1 === words.length - 1 ? 0 : backwards[i + 1] ? 1 : 0;
      return word + ' '.repeat(Math.max(1, 1 + own - next));
    })
    .join('');
}

// A paragraph as the lines pdfkit should draw, each in visual order, broken where `width` is full.
export function visualLines(text: string, width: number, measure: (text: string) => number): string[] {
  const rightToLeft = isRightToLeft(text);
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const longer = line ? `${line} ${word}` : word;
      // pdfkit measures a line's last word with the line break after it, so the break is measured too.
      if (line && measure(`${drawnLine(longer, rightToLeft)}\n`) > width) {
        lines.push(line);
        line = word;
      } else line = longer;
    }
    lines.push(line);
  }
  return lines.map((line) => drawnLine(line, rightToLeft));
}
