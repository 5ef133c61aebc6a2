import type { DemoLuecke } from './types.js';

// Demo gaps ("Wo hakt es?") of the 18 model municipalities, in the words practitioners use at a
// learning network meeting. FICTITIOUS, except that g09, g15, g21 and g27 take up the four
// questions the municipalities actually brought to the 11th learning network meeting in Unna
// (3 March 2015); which municipality asked them is invented here.
// This is demo data only – the evaluation set for the ranking lives in labelled-gaps.ts.

export const demoLuecken: DemoLuecke[] = [
  {
    id: 'g01',
    kommune: 'arnsberg',
    handlungsfeld: 'elternarbeit',
    altersphase: '0-2',
    beschreibung:
      'Die Familien tauchen bei uns eigentlich erst auf, wenn das Kind in die Kita kommt. In den kleinen Ortsteilen gibt es für die ersten Lebensjahre praktisch keinen Treffpunkt.',
    prioritaet: 'hoch',
    status: 'offen',
  },
  {
    id: 'g02',
    kommune: 'arnsberg',
    handlungsfeld: 'berufsorientierung',
    altersphase: '16-18',
    beschreibung:
      'Die Berufskollegs erzählen uns, dass viele im ersten Jahr hinschmeißen. Wer die dann auffängt, weiß keiner so genau.',
    prioritaet: 'mittel',
    status: 'offen',
  },
  {
    id: 'g03',
    kommune: 'bielefeld',
    handlungsfeld: 'gesundheit',
    altersphase: '6-9',
    beschreibung:
      'An zwei Grundschulen kommen viele Kinder ohne Frühstück, etliche sind deutlich zu schwer. Die Lehrerinnen fühlen sich damit ziemlich allein gelassen.',
    prioritaet: 'mittel',
    status: 'in-bearbeitung',
  },
  {
    id: 'g04',
    kommune: 'bielefeld',
    handlungsfeld: 'demokratiebildung',
    altersphase: '10-15',
    beschreibung: 'Die Jugendlichen sagen uns ganz offen: „Auf uns hört eh keiner.“ Beteiligung steht bei uns im Konzept, aber passiert ist wenig.',
    prioritaet: 'niedrig',
    status: 'offen',
  },
  {
    id: 'g05',
    kommune: 'dormagen',
    handlungsfeld: 'mint',
    altersphase: '10-15',
    beschreibung:
      'Nach der Grundschule ist mit Forschen und Tüfteln Schluss. An den weiterführenden Schulen gibt es kaum Technik-AGs, und die Mädchen sind da so gut wie nie dabei.',
    prioritaet: 'niedrig',
    status: 'offen',
  },
  {
    id: 'g06',
    kommune: 'dormagen',
    handlungsfeld: 'sprachfoerderung',
    altersphase: '3-5',
    beschreibung:
      'Immer mehr Kinder kommen mit fast keinem Deutsch in die Kita. Die Teams wissen nicht, wie sie nebenbei Sprache fördern sollen, wenn sowieso Personal fehlt.',
    prioritaet: 'hoch',
    status: 'in-bearbeitung',
  },
  {
    id: 'g07',
    kommune: 'dortmund',
    handlungsfeld: 'lesefoerderung',
    altersphase: '6-9',
    beschreibung:
      'Viele Drittklässler lesen noch stockend, und zu Hause liest ihnen keiner vor. Die Schulen hätten gern Ehrenamtliche, wissen aber nicht, wie man das auf die Beine stellt.',
    prioritaet: 'mittel',
    status: 'offen',
  },
  {
    id: 'g08',
    kommune: 'dortmund',
    handlungsfeld: 'beratung',
    altersphase: '19-24',
    beschreibung:
      'Wer mit 18 aus dem Heim raus muss, steht auf einmal allein da: Wohnung, Geld, Ausbildung – alles gleichzeitig. Da brechen uns viele weg.',
    prioritaet: 'hoch',
    status: 'offen',
  },
  {
    id: 'g09',
    kommune: 'duisburg',
    handlungsfeld: 'elternarbeit',
    altersphase: '0-2',
    beschreibung:
      'Wie kriegen wir Familien mit Einjährigen überhaupt zu fassen? Nach den Hebammenbesuchen reißt der Kontakt ab, und bis zur Kita-Anmeldung sehen wir viele gar nicht.',
    prioritaet: 'hoch',
    status: 'offen',
  },
  {
    id: 'g10',
    kommune: 'duisburg',
    handlungsfeld: 'praevention',
    altersphase: '10-15',
    beschreibung:
      'An manchen Schulen fehlen jeden Tag dieselben Jugendlichen. Schule, Jugendamt und Ordnungsamt schieben sich die Zuständigkeit gegenseitig zu.',
    prioritaet: 'hoch',
    status: 'in-bearbeitung',
  },
  {
    id: 'g11',
    kommune: 'duesseldorf',
    handlungsfeld: 'uebergaenge',
    altersphase: '6-9',
    beschreibung:
      'Nach der Vier verlieren wir Kinder: Die Eltern blicken beim Anmeldeverfahren nicht durch, und im Sommer haben manche immer noch keinen Platz.',
    prioritaet: 'mittel',
    status: 'offen',
  },
  {
    id: 'g12',
    kommune: 'duesseldorf',
    handlungsfeld: 'ferienangebote',
    altersphase: '6-9',
    beschreibung:
      'Sechs Wochen Sommerferien, und viele Kinder hocken nur in der Wohnung. Danach merkt man in der Schule, dass einiges weg ist – vor allem das Deutsch.',
    prioritaet: 'mittel',
    status: 'offen',
  },
  {
    id: 'g13',
    kommune: 'gelsenkirchen',
    handlungsfeld: 'medienbildung',
    altersphase: '10-15',
    beschreibung:
      'In den Klassenchats geht es richtig zur Sache, und die Schulen bekommen Mobbing erst mit, wenn es eskaliert. Die Eltern haben keine Ahnung, was auf den Handys läuft.',
    prioritaet: 'hoch',
    status: 'offen',
  },
  {
    id: 'g14',
    kommune: 'gelsenkirchen',
    handlungsfeld: 'uebergaenge',
    altersphase: '3-5',
    beschreibung:
      'Kita und Grundschule reden bei uns kaum miteinander. Was ein Kind braucht, erfährt die Schule oft erst, wenn es schon in der ersten Klasse sitzt.',
    prioritaet: 'mittel',
    status: 'in-bearbeitung',
  },
  {
    id: 'g15',
    kommune: 'gladbeck',
    handlungsfeld: 'sozialraum',
    altersphase: '6-9',
    beschreibung:
      'Wir wollen, dass Schulen und Stadt Bildung gemeinsam verantworten und nicht jeder nur sein Stück sieht. In welcher Kommune gibt es schon eine echte Verantwortungsgemeinschaft zwischen Bildung und Kommune, von der wir lernen können?',
    prioritaet: 'hoch',
    status: 'offen',
  },
  {
    id: 'g16',
    kommune: 'gladbeck',
    handlungsfeld: 'gesundheit',
    altersphase: '0-2',
    beschreibung:
      'Viele Familien haben keinen Kinderarzt, die U-Untersuchungen fallen hinten runter. Bei neu zugezogenen Familien ist oft nicht mal die Krankenversicherung geklärt.',
    prioritaet: 'hoch',
    status: 'offen',
  },
  {
    id: 'g17',
    kommune: 'hamm',
    handlungsfeld: 'elternarbeit',
    altersphase: '6-9',
    beschreibung:
      'Zum Elternabend kommt an manchen Grundschulen fast niemand. Die Schulen sagen, die Eltern interessieren sich nicht – das glauben wir so nicht.',
    prioritaet: 'mittel',
    status: 'offen',
  },
  {
    id: 'g18',
    kommune: 'hamm',
    handlungsfeld: 'sprachfoerderung',
    altersphase: '10-15',
    beschreibung:
      'Die Seiteneinsteiger aus den Vorbereitungsklassen haben nachmittags nichts. Da wird kein Wort Deutsch gesprochen, die hängen einfach rum.',
    prioritaet: 'mittel',
    status: 'offen',
  },
  {
    id: 'g19',
    kommune: 'moers',
    handlungsfeld: 'betreuung',
    altersphase: '6-9',
    beschreibung:
      'Jede OGS macht ihr eigenes Ding. Ob es gut läuft, hängt davon ab, welche Leitung man erwischt – gemeinsame Standards gibt es nicht.',
    prioritaet: 'mittel',
    status: 'in-bearbeitung',
  },
  {
    id: 'g20',
    kommune: 'moers',
    handlungsfeld: 'berufsorientierung',
    altersphase: '19-24',
    beschreibung:
      'Es gibt eine Gruppe junger Erwachsener, an die das Jobcenter einfach nicht mehr rankommt: keine Termine, keine Post geöffnet, irgendwann ganz weg.',
    prioritaet: 'hoch',
    status: 'offen',
  },
  {
    id: 'g21',
    kommune: 'moenchengladbach',
    handlungsfeld: 'beratung',
    altersphase: '19-24',
    beschreibung:
      'Wer hat Empfehlungen, was eine Kommune für junge alleinerziehende Mütter sinnvoll anbieten kann? Viele brechen Schule oder Ausbildung ab und landen dann dauerhaft im Leistungsbezug.',
    prioritaet: 'hoch',
    status: 'offen',
  },
  {
    id: 'g22',
    kommune: 'moenchengladbach',
    handlungsfeld: 'mint',
    altersphase: '6-9',
    beschreibung: 'Im Ganztag wird gebastelt und gespielt, aber Naturwissenschaft kommt nicht vor. Die Fachkräfte trauen sich das schlicht nicht zu.',
    prioritaet: 'niedrig',
    status: 'offen',
  },
  {
    id: 'g23',
    kommune: 'muenster',
    handlungsfeld: 'sozialraum',
    altersphase: '10-15',
    beschreibung:
      'In einem Viertel gibt es keinen Ort für Jugendliche, und sie werden überall weggeschickt. Gefragt, was sie selbst wollen, hat sie noch niemand.',
    prioritaet: 'niedrig',
    status: 'offen',
  },
  {
    id: 'g24',
    kommune: 'muenster',
    handlungsfeld: 'elternarbeit',
    altersphase: '3-5',
    beschreibung:
      'Zugewanderte Mütter fragen uns, ob es dem Deutschlernen schadet, wenn sie zu Hause ihre Sprache sprechen. Wir würden sie gern einbinden, haben aber niemanden, der die Sprachen spricht.',
    prioritaet: 'mittel',
    status: 'offen',
  },
  {
    id: 'g25',
    kommune: 'oberhausen',
    handlungsfeld: 'praevention',
    altersphase: '10-15',
    beschreibung:
      'Kiffen und Vapes sind an zwei Schulen schon in der Siebten ein Thema. Die Lehrkräfte sind unsicher, wie sie das überhaupt ansprechen sollen.',
    prioritaet: 'mittel',
    status: 'offen',
  },
  {
    id: 'g26',
    kommune: 'oberhausen',
    handlungsfeld: 'beratung',
    altersphase: '6-9',
    beschreibung:
      'Familien, die Anspruch auf Bildung und Teilhabe hätten, stellen keinen Antrag – zu kompliziert, und viele schämen sich. Das Geld bleibt einfach liegen.',
    prioritaet: 'mittel',
    status: 'in-bearbeitung',
  },
  {
    id: 'g27',
    kommune: 'witten',
    handlungsfeld: 'uebergaenge',
    altersphase: '16-18',
    beschreibung:
      'Wo gibt es Zahlen dazu, was aus den Jugendlichen von der Förderschule nach der Schule wird? Wir wissen schlicht nicht, wie viele von ihnen im Beruf ankommen.',
    prioritaet: 'hoch',
    status: 'offen',
  },
  {
    id: 'g28',
    kommune: 'witten',
    handlungsfeld: 'soziale-kompetenzen',
    altersphase: '6-9',
    beschreibung:
      'An unseren Grundschulen gibt es immer mehr Kinder, die beim kleinsten Streit zuschlagen. Die Lehrkräfte haben niemanden, der sich darum kümmert.',
    prioritaet: 'hoch',
    status: 'offen',
  },
  {
    id: 'g29',
    kommune: 'wuppertal',
    handlungsfeld: 'elternarbeit',
    altersphase: '0-2',
    beschreibung:
      'Nach der Geburt erreichen wir Familien meist erst, wenn es schon brennt. Ein Begrüßungsbesuch wäre schön, aber wir haben Sorge, dass das nach Kontrolle vom Jugendamt aussieht.',
    prioritaet: 'mittel',
    status: 'offen',
  },
  {
    id: 'g30',
    kommune: 'wuppertal',
    handlungsfeld: 'berufsorientierung',
    altersphase: '10-15',
    beschreibung:
      'Die Schülerinnen und Schüler finden keine Praktikumsplätze, die zu ihnen passen, und die kleinen Betriebe im Viertel sagen: „Bei uns fragt keiner.“',
    prioritaet: 'mittel',
    status: 'offen',
  },
  {
    id: 'g31',
    kommune: 'kreis-dueren',
    handlungsfeld: 'ferienangebote',
    altersphase: '10-15',
    beschreibung:
      'In den kleinen Gemeinden ist in den Ferien nichts los, und ohne Auto kommen die Kinder nicht zu den Angeboten in der Stadt.',
    prioritaet: 'mittel',
    status: 'offen',
  },
  {
    id: 'g32',
    kommune: 'kreis-dueren',
    handlungsfeld: 'gesundheit',
    altersphase: '6-9',
    beschreibung:
      'Kinder mit Diabetes oder Asthma werden an manchen Schulen ständig abgeholt, weil sich keiner zuständig fühlt. Die Eltern sind am Verzweifeln.',
    prioritaet: 'niedrig',
    status: 'offen',
  },
  {
    id: 'g33',
    kommune: 'kreis-unna',
    handlungsfeld: 'beratung',
    altersphase: '16-18',
    beschreibung:
      'Die Jugendlichen rennen zwischen Arbeitsagentur, Jobcenter und Jugendamt hin und her, und jede Stelle sieht nur ihren Teil. Am Ende fühlt sich keiner verantwortlich.',
    prioritaet: 'hoch',
    status: 'in-bearbeitung',
  },
  {
    id: 'g34',
    kommune: 'kreis-unna',
    handlungsfeld: 'demokratiebildung',
    altersphase: '6-9',
    beschreibung: 'Grundschulkinder werden bei Schulhof und Regeln nie gefragt. Wir würden gern klein anfangen, wissen aber nicht womit.',
    prioritaet: 'niedrig',
    status: 'geloest',
  },
  {
    id: 'g35',
    kommune: 'kreis-warendorf',
    handlungsfeld: 'betreuung',
    altersphase: '3-5',
    beschreibung:
      'In einigen Orten fehlen Kita-Plätze, und Kinder kommen ohne Kita-Erfahrung in die Schule. Bis der Ausbau fertig ist, brauchen wir irgendeine Übergangslösung.',
    prioritaet: 'hoch',
    status: 'offen',
  },
  {
    id: 'g36',
    kommune: 'kreis-warendorf',
    handlungsfeld: 'medienbildung',
    altersphase: '6-9',
    beschreibung:
      'Eltern fragen ständig, ab wann ein Kind ein Handy haben sollte. Die Grundschulen werden mit dem Thema allein gelassen.',
    prioritaet: 'niedrig',
    status: 'offen',
  },
  {
    id: 'g37',
    kommune: 'moers',
    handlungsfeld: 'praevention',
    altersphase: '3-5',
    beschreibung:
      'Familien mit kleinen Kindern, die hier niemanden haben – keine Oma, keine Nachbarn –, tauchen erst beim Sozialen Dienst auf, wenn gar nichts mehr geht.',
    prioritaet: 'mittel',
    status: 'offen',
  },
  {
    id: 'g38',
    kommune: 'muenster',
    handlungsfeld: 'lesefoerderung',
    altersphase: '10-15',
    beschreibung: 'Ab der Fünften liest kaum noch jemand freiwillig. Die Bibliothek ist für die Jugendlichen kein Ort, an den man geht.',
    prioritaet: 'niedrig',
    status: 'offen',
  },
  {
    id: 'g39',
    kommune: 'dortmund',
    handlungsfeld: 'gesundheit',
    altersphase: '3-5',
    beschreibung:
      'Die Kinder bewegen sich zu wenig, bei der Einschulungsuntersuchung fallen viele in der Motorik auf. Die Sportvereine kommen an diese Familien nicht heran.',
    prioritaet: 'mittel',
    status: 'offen',
  },
  {
    id: 'g40',
    kommune: 'gladbeck',
    handlungsfeld: 'betreuung',
    altersphase: '10-15',
    beschreibung:
      'Ab Klasse 5 gibt es nachmittags keine Hausaufgabenbetreuung mehr, und viele Eltern können bei den Aufgaben nicht helfen.',
    prioritaet: 'mittel',
    status: 'offen',
  },
];
