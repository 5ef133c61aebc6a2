import { z } from 'zod';

export const kommuneArten = ['kreisfreie-stadt', 'kreis', 'kreisangehoerige-stadt', 'kreisangehoerige-gemeinde', 'verbandsgemeinde'] as const;
export const kommuneArtSchema = z.enum(kommuneArten);
export type KommuneArt = z.infer<typeof kommuneArtSchema>;
export const kommuneArtLabels: Record<KommuneArt, string> = {
  'kreisfreie-stadt': 'Kreisfreie Stadt',
  kreis: 'Kreis',
  'kreisangehoerige-stadt': 'Kreisangehörige Stadt',
  'kreisangehoerige-gemeinde': 'Kreisangehörige Gemeinde',
  verbandsgemeinde: 'Verbandsgemeinde',
};

/** Shown wherever the NRW school data appears (dl-de/by-2-0 requires it). */
export const schoolDataAttribution =
  'Schuldaten: IT.NRW, Statistisches Landesamt, Düsseldorf, 2025; Schulsozialindex: Ministerium für Schule und Bildung NRW; ' +
  'Datenlizenz Deutschland – Namensnennung – Version 2.0 (dl-de/by-2-0); zusammengeführt und geokodiert von homlador/schulsozialindex-karte.';

/** "Krfr. Stadt Köln" → kreisfreie Stadt Köln, "Kerpen, Stadt" → kreisangehörige Stadt Kerpen. */
export function kommuneFromBezirk(bezirk: string): { name: string; art: KommuneArt } {
  const trimmed = bezirk.trim();
  const kreisfrei = /^Krfr\.\s*Stadt\s+(.+)$/i.exec(trimmed);
  if (kreisfrei) return { name: kreisfrei[1]!.trim(), art: 'kreisfreie-stadt' };
  const stadt = /^(.+),\s*Stadt$/i.exec(trimmed);
  if (stadt) return { name: stadt[1]!.trim(), art: 'kreisangehoerige-stadt' };
  return { name: trimmed, art: 'kreisangehoerige-gemeinde' };
}
