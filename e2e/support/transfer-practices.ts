/** Practices of the learning network, written for the end-to-end test (fictitious; links to example.org). */

export const schulsozialarbeitTitel = 'Schulsozialarbeit an Grundschulen im Tandem mit der Jugendhilfe';

export const bochumPractices = [
  {
    titel: schulsozialarbeitTitel,
    beschreibung:
      'An allen Grundschulen in Wattenscheid arbeitet je eine Fachkraft der Schulsozialarbeit, die beim Jugendamt angestellt ist. Sie berät Kinder, Eltern und Lehrkräfte, begleitet Konflikte und Gewalt auf dem Schulhof und baut mit den Klassen ein Streitschlichterprogramm auf.\n\n' +
      'Seit dem Start sind Ordnungsmaßnahmen an den Grundschulen deutlich zurückgegangen, und die Lehrkräfte fühlen sich bei Konflikten nicht mehr allein gelassen.',
    handlungsfelder: ['beratung', 'praevention', 'soziale-kompetenzen'],
    altersphasen: ['6-9'],
    zielgruppen: ['Grundschulkinder', 'Eltern', 'Lehrkräfte'],
    ressourcen: { personal: 'eine Vollzeitstelle Schulsozialarbeit je Grundschule', geld: 'rund 70.000 € je Stelle und Jahr aus kommunalen Mitteln', raeume: 'ein Beratungsraum je Schule' },
    seit: 2016,
    kontakt: { name: 'Birgit Beispiel', funktion: 'Abteilungsleitung Jugendförderung, Jugendamt Bochum', email: 'birgit.beispiel@example.org' },
    links: ['https://example.org/bochum/schulsozialarbeit'],
    kontext: [
      { frage: 'inst-01', antwort: 'Die Koordination sitzt im Jugendamt, Abteilung Jugendförderung, und arbeitet eng mit dem Schulverwaltungsamt zusammen.' },
      { frage: 'proj-01', antwort: 'Je Schule 39 Wochenstunden; dazu zwei Stunden Koordination für den ganzen Stadtteil.' },
    ],
  },
  {
    titel: 'Lesepaten in Kitas',
    beschreibung: 'Ehrenamtliche Lesepatinnen und Lesepaten lesen einmal pro Woche in den städtischen Kitas vor. Die Stadtbücherei gewinnt, schult und begleitet sie.',
    handlungsfelder: ['sprachfoerderung', 'lesefoerderung'],
    altersphasen: ['3-5'],
    zielgruppen: ['Kinder in Kitas'],
    ressourcen: { personal: '0,5 Stelle Koordination in der Stadtbücherei', geld: null, raeume: null },
    seit: 2019,
    kontakt: { name: null, funktion: null, email: null },
    links: [],
    kontext: [],
  },
  {
    titel: 'Ferienakademie MINT für die Sekundarstufe I',
    beschreibung: 'In den Sommerferien forschen Jugendliche zwei Wochen lang mit Studierenden der Hochschule an eigenen Projekten in Robotik, Chemie und Programmierung.',
    handlungsfelder: ['mint', 'ferienangebote'],
    altersphasen: ['10-15'],
    zielgruppen: ['Jugendliche der Klassen 5 bis 8'],
    ressourcen: { personal: null, geld: '25.000 € im Jahr aus Stiftungsmitteln', raeume: 'Labore der Hochschule' },
    seit: 2021,
    kontakt: { name: null, funktion: null, email: null },
    links: [],
    kontext: [],
  },
];

/** A practice of the gap's own Kommune: it must never be proposed for the gap. */
export const gelsenkirchenPractices = [
  {
    titel: 'Streitschlichtung an Grundschulen in Gelsenkirchen',
    beschreibung: 'Kinder der vierten Klassen werden zu Streitschlichterinnen und Streitschlichtern ausgebildet und helfen bei Konflikten auf dem Schulhof.',
    handlungsfelder: ['praevention', 'soziale-kompetenzen'],
    altersphasen: ['6-9'],
    zielgruppen: ['Grundschulkinder'],
    ressourcen: { personal: null, geld: null, raeume: null },
    seit: 2018,
    kontakt: { name: null, funktion: null, email: null },
    links: [],
    kontext: [],
  },
];
