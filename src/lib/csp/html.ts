/**
 * A small HTML start-tag scanner, enough to find the inline scripts and inline
 * event handlers of the static build. It follows the HTML tokenizer where it
 * matters for that job: attribute values may be double-quoted, single-quoted or
 * unquoted (the build's minified HTML drops quotes: `<script type=application/ld+json>`),
 * comments are skipped, and the text of raw-text elements (script, style, …) is
 * not scanned for tags. It does not model the "script data escaped" states
 * (`<!--<script>` nested inside a script); the build never emits those.
 */

export interface HtmlAttribute {
  /** Lower-cased, as the HTML parser stores it. */
  readonly name: string;
  /** `null` for an attribute without `=value` (`<script defer>`). */
  readonly value: string | null;
}

export interface HtmlElement {
  /** Lower-cased tag name. */
  readonly name: string;
  readonly attributes: readonly HtmlAttribute[];
  /** Offset of the `<` that opens the start tag. */
  readonly start: number;
  /** Text between start and end tag, for raw-text elements only (script, style, …); otherwise `null`. */
  readonly text: string | null;
}

// With scripting enabled, `noscript` is raw text too, so a script inside it never runs.
const RAW_TEXT = new Set([
  'script',
  'style',
  'textarea',
  'title',
  'xmp',
  'iframe',
  'noembed',
  'noframes',
  'noscript',
]);
const WHITESPACE = /[\t\n\f\r ]/;

function isWhitespace(char: string | undefined): boolean {
  return char !== undefined && WHITESPACE.test(char);
}

/** Index of `</name` (ASCII case-insensitive) followed by whitespace, `/` or `>`, from `from`; -1 if none. */
function findEndTag(html: string, name: string, from: number): number {
  const lower = html.toLowerCase();
  let index = from;
  for (;;) {
    index = lower.indexOf(`</${name}`, index);
    if (index < 0) return -1;
    const after = html[index + 2 + name.length];
    if (after === undefined || after === '>' || after === '/' || isWhitespace(after)) return index;
    index += 2;
  }
}

/** Parses the attributes of a start tag whose name ends just before `from`; returns them and the index after `>`. */
function readAttributes(html: string, from: number): {attributes: HtmlAttribute[]; end: number} {
  const attributes: HtmlAttribute[] = [];
  let index = from;
  const length = html.length;
  for (;;) {
    while (index < length && (isWhitespace(html[index]) || html[index] === '/')) index += 1;
    if (index >= length) return {attributes, end: length};
    if (html[index] === '>') return {attributes, end: index + 1};
    // Attribute name: the first character may be anything but whitespace, '/' or '>' (even '=').
    let nameEnd = index + 1;
    while (nameEnd < length && !isWhitespace(html[nameEnd]) && !'/>='.includes(html[nameEnd]!))
      nameEnd += 1;
    const name = html.slice(index, nameEnd).toLowerCase();
    index = nameEnd;
    let probe = index;
    while (probe < length && isWhitespace(html[probe])) probe += 1;
    if (html[probe] !== '=') {
      attributes.push({name, value: null});
      continue;
    }
    index = probe + 1;
    while (index < length && isWhitespace(html[index])) index += 1;
    const quote = html[index];
    let value: string;
    if (quote === '"' || quote === "'") {
      const close = html.indexOf(quote, index + 1);
      const valueEnd = close < 0 ? length : close;
      value = html.slice(index + 1, valueEnd);
      index = valueEnd + 1;
    } else {
      let valueEnd = index;
      while (valueEnd < length && !isWhitespace(html[valueEnd]) && html[valueEnd] !== '>')
        valueEnd += 1;
      value = html.slice(index, valueEnd);
      index = valueEnd;
    }
    attributes.push({name, value});
  }
}

/** Every start tag of the document, in order, with the raw text of script/style-like elements. */
export function scanElements(html: string): HtmlElement[] {
  const elements: HtmlElement[] = [];
  const length = html.length;
  let index = 0;
  while (index < length) {
    const open = html.indexOf('<', index);
    if (open < 0) break;
    const next = html[open + 1];
    if (html.startsWith('<!--', open)) {
      const close = html.indexOf('-->', open + 4);
      index = close < 0 ? length : close + 3;
      continue;
    }
    if (next === '!' || next === '?' || next === '/') {
      // Doctype, bogus comment or end tag: nothing we need inside.
      const close = html.indexOf('>', open + 1);
      index = close < 0 ? length : close + 1;
      continue;
    }
    if (next === undefined || !/[A-Za-z]/.test(next)) {
      index = open + 1;
      continue;
    }
    let nameEnd = open + 1;
    while (
      nameEnd < length &&
      !isWhitespace(html[nameEnd]) &&
      html[nameEnd] !== '/' &&
      html[nameEnd] !== '>'
    )
      nameEnd += 1;
    const name = html.slice(open + 1, nameEnd).toLowerCase();
    const {attributes, end} = readAttributes(html, nameEnd);
    let text: string | null = null;
    index = end;
    if (RAW_TEXT.has(name)) {
      const close = findEndTag(html, name, end);
      const textEnd = close < 0 ? length : close;
      text = html.slice(end, textEnd);
      const closeEnd = close < 0 ? -1 : html.indexOf('>', close);
      index = closeEnd < 0 ? length : closeEnd + 1;
    }
    elements.push({name, attributes, start: open, text});
  }
  return elements;
}

export function attributeValue(element: HtmlElement, name: string): string | null | undefined {
  const found = element.attributes.find((attribute) => attribute.name === name);
  return found === undefined ? undefined : found.value;
}
