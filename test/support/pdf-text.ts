import { inflateSync } from 'node:zlib';

/**
 * The text of a PDF printed by Chromium (Skia): Type0 fonts with Identity-H glyph codes and a ToUnicode map each.
 * Enough to check what a printed page says, not a general PDF reader (no object streams, no other encodings).
 */
export function pdfText(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const objects = new Map<number, { dict: string; stream?: string }>();
  for (const match of raw.matchAll(/(\d+) 0 obj\s*([\s\S]*?)endobj/g)) {
    const body = match[2]!;
    const streamed = /^([\s\S]*?)stream\r?\n([\s\S]*?)\r?\nendstream/.exec(body);
    if (!streamed) {
      objects.set(Number(match[1]), { dict: body });
      continue;
    }
    const bytes = Buffer.from(streamed[2]!, 'latin1');
    let stream: string | undefined;
    try {
      stream = (/\/FlateDecode/.test(streamed[1]!) ? inflateSync(bytes) : bytes).toString('latin1');
    } catch {
      stream = undefined;
    }
    objects.set(Number(match[1]), { dict: streamed[1]!, stream });
  }

  const cmaps = new Map<number, Map<string, string>>();
  const cmapOf = (fontObject: number): Map<string, string> => {
    const cached = cmaps.get(fontObject);
    if (cached) return cached;
    const map = new Map<string, string>();
    const reference = /\/ToUnicode (\d+) 0 R/.exec(objects.get(fontObject)?.dict ?? '');
    const cmap = reference ? (objects.get(Number(reference[1]))?.stream ?? '') : '';
    const unicode = (hex: string) => String.fromCodePoint(...(hex.match(/.{4}/g) ?? []).map((unit) => Number.parseInt(unit, 16)));
    for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g))
      for (const pair of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) map.set(pair[1]!.toUpperCase(), unicode(pair[2]!));
    for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g))
      for (const range of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
        const [from, to, start] = [range[1]!, range[2]!, range[3]!].map((hex) => Number.parseInt(hex, 16)) as [number, number, number];
        for (let code = from; code <= to; code++)
          map.set(code.toString(16).toUpperCase().padStart(4, '0'), String.fromCodePoint(start + code - from));
      }
    cmaps.set(fontObject, map);
    return map;
  };

  const lines: string[] = [];
  let line = '';
  let baseline = '';
  const resourcesOf = (dict: string, kind: 'Font' | 'XObject') => {
    const names = new Map<string, number>();
    const entries = new RegExp(`/${kind} <<([\\s\\S]*?)>>`).exec(dict)?.[1] ?? '';
    for (const entry of entries.matchAll(/\/(\w+) (\d+) 0 R/g)) names.set(entry[1]!, Number(entry[2]));
    return names;
  };
  // Skia places every glyph run with its own Tm: a new line starts when the baseline (the Tm's y) moves.
  // A page may draw its text inside form XObjects (`/X7 Do`), each with its own fonts.
  const read = (dict: string, content: string, depth: number) => {
    const fonts = resourcesOf(dict, 'Font');
    const forms = resourcesOf(dict, 'XObject');
    let font = new Map<string, string>();
    const tokens = /\/(\w+) [\d.]+ Tf|[\d.-]+ [\d.-]+ [\d.-]+ [\d.-]+ [\d.-]+ ([\d.-]+) Tm|<([0-9A-Fa-f]*)>|\[([^\]]*)\]\s*TJ|\/(\w+) Do/g;
    for (const token of content.matchAll(tokens)) {
      if (token[1]) font = cmapOf(fonts.get(token[1]) ?? -1);
      else if (token[2] !== undefined) {
        if (token[2] !== baseline && line) {
          lines.push(line);
          line = '';
        }
        baseline = token[2];
      } else if (token[5]) {
        const form = objects.get(forms.get(token[5]) ?? -1);
        if (form?.stream && depth < 8 && /\/Subtype \/Form/.test(form.dict)) read(form.dict, form.stream, depth + 1);
      } else {
        const hexes = token[3] !== undefined ? [token[3]] : [...(token[4] ?? '').matchAll(/<([0-9A-Fa-f]*)>/g)].map((part) => part[1]!);
        for (const hex of hexes) for (const code of hex.toUpperCase().match(/.{4}/g) ?? []) line += font.get(code) ?? '';
      }
    }
  };
  for (const { dict } of objects.values()) {
    if (!/\/Type \/Page\b/.test(dict)) continue;
    const contents = /\/Contents (\d+) 0 R/.exec(dict);
    read(dict, contents ? (objects.get(Number(contents[1]))?.stream ?? '') : '', 0);
    if (line) lines.push(line);
    line = '';
    baseline = '';
  }
  return lines.join('\n').normalize('NFC');
}

/** The number of pages of a PDF. */
export function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;
}
