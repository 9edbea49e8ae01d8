/**
 * The text shown by an uncompressed PDF from pdfkit. Each piece pdfmake writes is a `Tm` position and a
 * `TJ` array of hex strings (WinAnsi, read here as Latin-1). pdfmake breaks text after spaces, hyphens and slashes,
 * so a piece ending in a hyphen or slash continues the word on the same line; any other pieces are joined by a space,
 * and whitespace is collapsed.
 */
export function pdfText(bytes: Uint8Array): string {
  const source = Buffer.from(bytes).toString('latin1');
  let text = '';
  let lastY: string | undefined;
  for (const m of source.matchAll(/1 0 0 1 [-\d.]+ ([-\d.]+) Tm\s*\/F\d+ [\d.]+ Tf\s*\[((?:<[0-9a-fA-F]*>|[-\d.\s])*)\]\s*TJ/g)) {
    const hex = [...m[2]!.matchAll(/<([0-9a-fA-F]*)>/g)].map((h) => h[1]!).join('');
    const piece = Buffer.from(hex, 'hex').toString('latin1');
    text += m[1] === lastY && /[-/]$/.test(text) ? piece : ` ${piece}`;
    lastY = m[1];
  }
  return text.replace(/\s+/g, ' ').trim();
}

/** The number of page objects in a PDF. */
export function pageCount(bytes: Uint8Array): number {
  return [...Buffer.from(bytes).toString('latin1').matchAll(/\/Type\s*\/Page(?!s)/g)].length;
}
