import type { DemoMap } from './demo-map.js';

/**
 * Köln in the spirit of the SIREI project: two challenged primary-school sites with a steering
 * group, a core team on site and external partners. Public bodies carry their real function;
 * every provider, offer and cooperation is fictitious and marked so.
 */
export const koelnDemo: DemoMap = {
  ags: '05315000',
  sozialraeume: [
    { name: 'Chorweiler', beschreibung: 'Nördlicher Stadtbezirk mit hoher Verdichtung sozialer Belastungen (Demo).', schulnummern: ['111910'] },
    { name: 'Mülheim-Nord / Buchheim', beschreibung: 'Rechtsrheinischer Sozialraum mit zwei Modellstandorten (Demo).', schulnummern: ['111790'] },
  ],
  akteure: [
    // Kommunale Steuergruppe
    { key: 'jugendamt', name: 'Amt für Kinder, Jugend und Familie', typ: 'jugendamt', kreis: 'steuergruppe', funktion: 'Fachdienst Jugendhilfe im Sozialraum' },
    { key: 'gesundheitsamt', name: 'Gesundheitsamt', typ: 'gesundheitsamt', kreis: 'steuergruppe', funktion: 'Kinder- und Jugendgesundheitsdienst' },
    { key: 'jhp', name: 'Integrierte Jugendhilfe- und Schulentwicklungsplanung', typ: 'jugendhilfe-schulentwicklungsplanung', kreis: 'steuergruppe' },
    { key: 'bildungsbuero', name: 'Regionales Bildungsbüro', typ: 'bildungsbuero', kreis: 'steuergruppe', funktion: 'Koordination Sozialindizierter Ressourceneinsatz', email: 'bildungsbuero@demo.strang.de', geteilt: true },
    { key: 'schulamt', name: 'Schulamt / Schulaufsicht Grundschulen', typ: 'schulamt', kreis: 'steuergruppe' },
    { key: 'spd', name: 'Schulpsychologischer Dienst', typ: 'schulpsychologischer-dienst', kreis: 'steuergruppe', sites: ['111910', '111790'] },
    { key: 'hochschule', name: 'Hochschule – wissenschaftliche Begleitung (Demo)', typ: 'hochschule', kreis: 'steuergruppe' },
    // Kernteams vor Ort
    { key: 'ssa-nord', name: 'Schulsozialarbeit Chorweiler – Sozialdienst Lindenhof e. V. (fiktiv)', typ: 'schulsozialarbeit', kreis: 'kernteam', sites: ['111910'], funktion: 'Teamleitung Schulsozialarbeit' },
    { key: 'ogs-nord', name: 'Offener Ganztag Ernstbergstraße – Ganztagsträger Sonnenhof gGmbH (fiktiv)', typ: 'offener-ganztag', kreis: 'kernteam', sites: ['111910'] },
    { key: 'sprachtherapie', name: 'Praxis für Sprachtherapie am Pariser Platz (fiktiv)', typ: 'sonstige', kreis: 'kernteam', sites: ['111910'] },
    { key: 'schulbegleitung', name: 'Schulbegleitung – Inklusionsdienst Rheinbogen (fiktiv)', typ: 'freier-traeger', kreis: 'kernteam', sites: ['111910', '111790'] },
    { key: 'ssa-muelheim', name: 'Schulsozialarbeit Mülheim – Jugendhilfeverbund Brückenschlag (fiktiv)', typ: 'schulsozialarbeit', kreis: 'kernteam', sites: ['111790'] },
    { key: 'ogs-muelheim', name: 'Offener Ganztag Langemaß – Kinderhaus Regenbogen e. V. (fiktiv)', typ: 'offener-ganztag', kreis: 'kernteam', sites: ['111790'] },
    { key: 'sonderpaed', name: 'Sonderpädagogische Förderung – Kompetenzzentrum Nord (fiktiv)', typ: 'schule', kreis: 'kernteam', sites: ['111790'] },
    // Externe Partner:innen
    { key: 'lesepaten', name: 'Lesepaten Köln-Nord e. V. (fiktiv)', typ: 'verein', kreis: 'extern', sites: ['111910'] },
    { key: 'mint-werkstatt', name: 'Forscherwerkstatt Rheinkiesel (fiktiv)', typ: 'non-formale-bildung', kreis: 'extern', sites: ['111910', '111790'], geteilt: true },
    { key: 'jugendzentrum', name: 'Jugendzentrum Kettelerhof (fiktiv)', typ: 'offene-jugendarbeit', kreis: 'extern', sites: ['111790'] },
    { key: 'src-nord', name: 'Sozialraumkoordination Chorweiler', typ: 'sozialraumkoordination', kreis: 'extern', sites: ['111910'] },
    { key: 'src-muelheim', name: 'Sozialraumkoordination Mülheim', typ: 'sozialraumkoordination', kreis: 'extern', sites: ['111790'] },
    { key: 'elterncafe', name: 'Elternnetzwerk Mehrsprachig e. V. (fiktiv)', typ: 'selbsthilfe', kreis: 'extern', sites: ['111790'] },
    { key: 'sportverein', name: 'Turn- und Sportverein Blau-Weiß Nord (fiktiv)', typ: 'verein', kreis: 'extern', sites: ['111910'] },
    { key: 'musikschule', name: 'Musikschule im Veedel (fiktiv)', typ: 'non-formale-bildung', kreis: 'extern' },
  ],
  angebote: [
    { titel: 'Schulsozialarbeit an der GGS Ernstbergstraße', traeger: 'ssa-nord', feld: 'beratung', ebene: 'individuell', phasen: ['6-9'], stunden: 39, fin: 'kommunal', sites: ['111910'], zielgruppe: 'Kinder und Familien' },
    { titel: 'Offene Ganztagsschule Ernstbergstraße', traeger: 'ogs-nord', feld: 'betreuung', ebene: 'institutionell', phasen: ['6-9'], stunden: 60, fin: 'land', sites: ['111910'] },
    { titel: 'Sprachförderung in Kleingruppen', traeger: 'sprachtherapie', feld: 'sprachfoerderung', ebene: 'individuell', phasen: ['6-9'], stunden: 6, fin: 'startchancen', sites: ['111910'], zielgruppe: 'Kinder mit Sprachförderbedarf' },
    { titel: 'Lesepatenschaften 1:1', traeger: 'lesepaten', feld: 'lesefoerderung', ebene: 'individuell', phasen: ['6-9'], stunden: 4, fin: 'stiftung', sites: ['111910'] },
    { titel: 'Forschen am Nachmittag', traeger: 'mint-werkstatt', feld: 'mint', ebene: 'individuell', phasen: ['6-9'], stunden: 3, fin: 'esf', sites: ['111910', '111790'], geteilt: true },
    { titel: 'Bewegte Pause und Sport-AG', traeger: 'sportverein', feld: 'gesundheit', ebene: 'individuell', phasen: ['6-9'], stunden: 2, fin: 'sonstige', sites: ['111910'] },
    { titel: 'Elterncafé mit Dolmetschung', traeger: 'ssa-nord', feld: 'elternarbeit', ebene: 'institutionell', phasen: ['3-5', '6-9'], stunden: 2, fin: 'kommunal', sites: ['111910'] },
    { titel: 'Übergangskonferenz Kita – Grundschule Chorweiler', traeger: 'src-nord', feld: 'uebergaenge', ebene: 'systemisch', phasen: ['3-5', '6-9'], stunden: 1, fin: 'kommunal', sites: ['111910'] },
    { titel: 'Schulpsychologische Fallberatung', traeger: 'spd', feld: 'beratung', ebene: 'institutionell', phasen: ['6-9'], stunden: 2, fin: 'land', sites: ['111910', '111790'] },
    { titel: 'Schulsozialarbeit an der GGS Langemaß', traeger: 'ssa-muelheim', feld: 'beratung', ebene: 'individuell', phasen: ['6-9'], stunden: 19.5, fin: 'startchancen', sites: ['111790'] },
    { titel: 'Offene Ganztagsschule Langemaß', traeger: 'ogs-muelheim', feld: 'betreuung', ebene: 'institutionell', phasen: ['6-9'], stunden: 55, fin: 'land', sites: ['111790'] },
    { titel: 'Soziales Lernen: Klassenrat und Streitschlichtung', traeger: 'ssa-muelheim', feld: 'soziale-kompetenzen', ebene: 'institutionell', phasen: ['6-9'], stunden: 2, fin: 'startchancen', sites: ['111790'] },
    { titel: 'Ferienwerkstatt in den Sommerferien', traeger: 'jugendzentrum', feld: 'ferienangebote', ebene: 'individuell', phasen: ['6-9', '10-15'], stunden: 10, fin: 'kommunal', sites: ['111790'] },
    { titel: 'Mehrsprachige Elternbegleitung', traeger: 'elterncafe', feld: 'elternarbeit', ebene: 'individuell', phasen: ['6-9'], stunden: 3, fin: 'stiftung', sites: ['111790'] },
    { titel: 'Medienscouts für Viertklässler:innen', traeger: 'jugendzentrum', feld: 'medienbildung', ebene: 'individuell', phasen: ['6-9'], stunden: 1.5, fin: 'efre', sites: ['111790'] },
    { titel: 'Einschulungsuntersuchung und Gesundheitsberatung', traeger: 'gesundheitsamt', feld: 'gesundheit', ebene: 'systemisch', phasen: ['3-5', '6-9'], stunden: null, fin: 'kommunal', sites: [] },
    { titel: 'Sozialindizierte Ressourcensteuerung – Prozessbegleitung', traeger: 'bildungsbuero', feld: 'sozialraum', ebene: 'systemisch', phasen: ['6-9'], stunden: null, fin: 'kommunal', sites: [], geteilt: true },
  ],
  kooperationen: [
    { a: 'bildungsbuero', b: 'jugendamt', typ: 'gremium' },
    { a: 'bildungsbuero', b: 'schulamt', typ: 'gremium' },
    { a: 'bildungsbuero', b: 'gesundheitsamt', typ: 'gremium' },
    { a: 'bildungsbuero', b: 'jhp', typ: 'absprache' },
    { a: 'bildungsbuero', b: 'hochschule', typ: 'vereinbarung' },
    { a: 'bildungsbuero', b: 'spd', typ: 'gremium' },
    { a: 'jugendamt', b: 'ssa-nord', typ: 'finanzierung' },
    { a: 'jugendamt', b: 'ssa-muelheim', typ: 'finanzierung' },
    { a: 'ssa-nord', b: 'ogs-nord', typ: 'absprache', site: '111910' },
    { a: 'ssa-nord', b: 'spd', typ: 'fallberatung', site: '111910' },
    { a: 'ssa-nord', b: 'src-nord', typ: 'vermittlung', site: '111910' },
    { a: 'ogs-nord', b: 'lesepaten', typ: 'gemeinsames-angebot', site: '111910' },
    { a: 'ogs-nord', b: 'sportverein', typ: 'raumnutzung', site: '111910' },
    { a: 'sprachtherapie', b: 'ogs-nord', typ: 'absprache', site: '111910' },
    { a: 'mint-werkstatt', b: 'ogs-nord', typ: 'gemeinsames-angebot', site: '111910' },
    { a: 'ssa-muelheim', b: 'ogs-muelheim', typ: 'absprache', site: '111790' },
    { a: 'ssa-muelheim', b: 'jugendzentrum', typ: 'gemeinsames-angebot', site: '111790' },
    { a: 'ssa-muelheim', b: 'elterncafe', typ: 'vermittlung', site: '111790' },
    { a: 'ssa-muelheim', b: 'src-muelheim', typ: 'absprache', site: '111790' },
    { a: 'sonderpaed', b: 'schulbegleitung', typ: 'fallberatung', site: '111790' },
    { a: 'schulbegleitung', b: 'ssa-nord', typ: 'absprache', site: '111910' },
    { a: 'mint-werkstatt', b: 'ogs-muelheim', typ: 'gemeinsames-angebot', site: '111790' },
  ],
  /** Other Köln primary schools get plain OGS and social-work hours so the overview has a spread to compare. */
  grundausstattung: { schulform: 'Grundschule', count: 60 },
};
