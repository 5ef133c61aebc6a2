import { kontextDimensionen } from '../../shared/vocabularies.js';

// The five dimensions of the Kontextmodell come from the shared vocabularies (DESIGN.md);
// this file only adds the type and the order in which the catalogue presents them.
export { kontextDimensionen };

export type KontextDimension = keyof typeof kontextDimensionen;

/** Display order: the four dimensions of the FH-Köln model, then the project-related conditions. */
export const kontextDimensionCodes: readonly KontextDimension[] = [
  'institutionell',
  'kommunal-sozialraeumlich',
  'diskurs',
  'individuell',
  'projektbezogen',
];

/** Short explanation of each dimension, shown above its questions. */
export const kontextDimensionErlaeuterungen: Record<KontextDimension, string> = {
  institutionell:
    'Verwaltungsstrukturen, Zuständigkeiten, Besonderheiten der sozialen Dienste im öffentlichen Sektor, Geschichte und Struktur der freien Träger.',
  'kommunal-sozialraeumlich':
    'Sozialdaten, Infrastruktur und Erreichbarkeit im Sozialraum – und wie die Zahlen über die Menschen vor Ort gedeutet werden.',
  diskurs:
    'Wie ausgehandelt wurde: Leitungshaltung, gelebter Austausch, Befindlichkeiten und die Zusammenarbeit der Professionen.',
  individuell:
    'Gelingensbedingungen auf der Vorder- und Hinterbühne: Schlüsselpersonen, Qualifikation, Erfahrung, Soft Skills, informelle Netzwerke, Konflikte.',
  projektbezogen:
    'Konkrete Bedingungen des Angebots selbst: Personal, Geld, Räume, Zeiten, Zugangswege, Materialien, Wirkung.',
};
