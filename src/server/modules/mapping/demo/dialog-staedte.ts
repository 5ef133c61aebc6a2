import type { DemoMap } from './demo-map.js';

/**
 * The five DialOGStandorte cities of the Ruhr network. Each gets a small, clearly fictitious map
 * around two challenged schools (real schools from the NRW list, fictitious providers and offers).
 */
function cityMap(ags: string, city: string, grundschule: string, weiterfuehrend: string): DemoMap {
  return {
    ags,
    sozialraeume: [{ name: `${city}-Mitte (Demo)`, beschreibung: `Fiktiver Sozialraum rund um die Modellstandorte in ${city}.`, schulnummern: [grundschule, weiterfuehrend] }],
    akteure: [
      { key: 'bb', name: `Bildungsbüro ${city}`, typ: 'bildungsbuero', kreis: 'steuergruppe', geteilt: true, funktion: 'Koordination DialOG-Standort' },
      { key: 'ja', name: `Jugendamt ${city}`, typ: 'jugendamt', kreis: 'steuergruppe' },
      { key: 'sa', name: `Schulaufsicht ${city}`, typ: 'schulamt', kreis: 'steuergruppe' },
      { key: 'ssa', name: `Schulsozialarbeit – Jugendhilfe ${city}-Süd gGmbH (fiktiv)`, typ: 'schulsozialarbeit', kreis: 'kernteam', sites: [grundschule, weiterfuehrend] },
      { key: 'ogs', name: `Ganztag ${city} – Kinderwelt e. V. (fiktiv)`, typ: 'offener-ganztag', kreis: 'kernteam', sites: [grundschule] },
      { key: 'bo', name: `Übergangsbüro Schule–Beruf ${city} (fiktiv)`, typ: 'freier-traeger', kreis: 'extern', sites: [weiterfuehrend], geteilt: true },
      { key: 'verein', name: `Stadtteilverein ${city}-Nord (fiktiv)`, typ: 'verein', kreis: 'extern', sites: [grundschule] },
      { key: 'src', name: `Quartiersmanagement ${city} (fiktiv)`, typ: 'sozialraumkoordination', kreis: 'extern' },
    ],
    angebote: [
      { titel: 'Schulsozialarbeit', traeger: 'ssa', feld: 'beratung', ebene: 'individuell', phasen: ['6-9', '10-15'], stunden: 39, fin: 'startchancen', sites: [grundschule, weiterfuehrend] },
      { titel: 'Offener Ganztag', traeger: 'ogs', feld: 'betreuung', ebene: 'institutionell', phasen: ['6-9'], stunden: 45, fin: 'land', sites: [grundschule] },
      { titel: 'Berufsorientierung ab Klasse 8', traeger: 'bo', feld: 'berufsorientierung', ebene: 'individuell', phasen: ['10-15', '16-18'], stunden: 6, fin: 'esf', sites: [weiterfuehrend], geteilt: true },
      { titel: 'Lernförderung Deutsch als Zweitsprache', traeger: 'ogs', feld: 'sprachfoerderung', ebene: 'individuell', phasen: ['6-9'], stunden: 4, fin: 'startchancen', sites: [grundschule] },
      { titel: 'Stadtteilferien', traeger: 'verein', feld: 'ferienangebote', ebene: 'individuell', phasen: ['6-9', '10-15'], stunden: 8, fin: 'kommunal', sites: [grundschule] },
      { titel: 'Demokratie-Werkstatt Schülervertretung', traeger: 'ssa', feld: 'demokratiebildung', ebene: 'institutionell', phasen: ['10-15'], stunden: 2, fin: 'bund', sites: [weiterfuehrend] },
    ],
    kooperationen: [
      { a: 'bb', b: 'ja', typ: 'gremium' },
      { a: 'bb', b: 'sa', typ: 'gremium' },
      { a: 'ja', b: 'ssa', typ: 'finanzierung' },
      { a: 'ssa', b: 'ogs', typ: 'absprache', site: grundschule },
      { a: 'ssa', b: 'bo', typ: 'gemeinsames-angebot', site: weiterfuehrend },
      { a: 'ogs', b: 'verein', typ: 'raumnutzung', site: grundschule },
      { a: 'src', b: 'verein', typ: 'absprache' },
    ],
  };
}

export const dialogDemos: DemoMap[] = [
  cityMap('05911000', 'Bochum', '128612', '148740'),
  cityMap('05913000', 'Dortmund', '129355', '147709'),
  cityMap('05562014', 'Gladbeck', '199874', '143662'),
  cityMap('05914000', 'Hagen', '100189', '148192'),
  cityMap('05915000', 'Hamm', '120704', '144174'),
];
