import iconv from 'iconv-lite';

/** Files from Excel on Windows often come in Windows-1252; everything else should be UTF-8 (with or without BOM). */
export function decodeText(buffer: Buffer): { text: string; encoding: 'utf-8' | 'windows-1252' } {
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  try {
    return { text: utf8.decode(buffer).replace(/^\uFEFF/, ''), encoding: 'utf-8' };
  } catch {
    return { text: iconv.decode(buffer, 'win1252'), encoding: 'windows-1252' };
  }
}
