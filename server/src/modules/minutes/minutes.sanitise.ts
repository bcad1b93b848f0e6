import sanitizeHtml from 'sanitize-html';

// Minutes are formatted text: what the editor makes (paragraphs, headings, lists, bold, italics, quotes, links) and
// nothing else. Whatever arrives is cleaned to that here, on the server, so that no script, style, image or event
// handler is ever stored or shown, whichever client sent it.
export const MINUTES_TAGS = ['p', 'br', 'h2', 'h3', 'strong', 'em', 'u', 's', 'ul', 'ol', 'li', 'blockquote', 'a'];

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: MINUTES_TAGS,
  // `rel` and `target` are set by the transform below, whatever the client sent.
  allowedAttributes: { a: ['href', 'rel', 'target'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowProtocolRelative: false,
  // Links open elsewhere and tell nothing about where they came from.
  transformTags: {
    a: sanitizeHtml.simpleTransform('a', { rel: 'noopener noreferrer nofollow', target: '_blank' }),
    b: 'strong',
    i: 'em',
    h1: 'h2',
    h4: 'h3',
    h5: 'h3',
    h6: 'h3',
    div: 'p',
  },
  disallowedTagsMode: 'discard',
};

export function sanitiseMinutes(html: string): string {
  const clean = sanitizeHtml(html, OPTIONS);
  // An editor's empty document is no minutes.
  return clean.replace(/<p>(\s|<br \/>|<br>)*<\/p>/g, '').trim();
}
