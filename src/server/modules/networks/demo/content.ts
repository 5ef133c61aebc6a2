import type { TagesordnungsArt } from '../../../../domain/networks/vocabulary.js';

/**
 * What happened at a demo meeting: agenda (with the notes the minutes are made of), results and
 * agreements. `wer` names a member by the key the network's definition gives them; `{stadt}` is
 * replaced by the network's city. Speakers and organisations are fictitious.
 */
export interface Punkt {
  art: TagesordnungsArt;
  titel: string;
  referent?: string;
  dauer?: number;
  notiz: string;
}

export interface Inhalt {
  punkte: Punkt[];
  ergebnisse: string[];
  vereinbarungen: { text: string; wer: string }[];
}

/** Intra-municipal networks (DialOGStandorte): school leadership tandems with the administration, four times a school year. */
export const intrakommunal: Inhalt[] = [
  {
    punkte: [
      {
        art: 'impuls',
        titel: 'Partizipation von Kindern im Ganztag – Beteiligung im OGS-Alltag verankern',
        referent: 'Prof. Dr. Karin Feldmann, Hochschule Ruhr (fiktiv)',
        dauer: 45,
        notiz:
          'Frau Prof. Dr. Feldmann stellte Stufen der Beteiligung vor und zeigte an Beispielen aus Kinderparlamenten, wie Kinder über Raumgestaltung, Mittagessen und Angebote mitentscheiden können. Betont wurde, dass Beteiligung verlässliche Zeiten im Wochenplan braucht und nicht nur in Projekten stattfinden sollte.',
      },
      {
        art: 'austausch',
        titel: 'Schulspezifische Einzelziele: Stand an den Standorten',
        dauer: 60,
        notiz:
          'Die Leitungstandems berichteten reihum. Zwei Standorte haben ein Kinderparlament eingerichtet, ein Standort arbeitet an einer gemeinsamen Hausaufgabenregelung von Lehrkräften und OGS-Fachkräften. Als Hürde wurden fehlende gemeinsame Besprechungszeiten genannt.',
      },
      {
        art: 'beschluss',
        titel: 'Gemeinsames Oberthema für das Schuljahr',
        dauer: 20,
        notiz: 'Das Netzwerk {stadt} einigt sich auf das Oberthema „Beteiligung von Kindern im Ganztag“. Die Standorte ergänzen ihre Einzelziele bis zum nächsten Treffen.',
      },
    ],
    ergebnisse: [
      'Oberthema des Schuljahres in {stadt}: „Beteiligung von Kindern im Ganztag“.',
      'Gemeinsame Besprechungszeiten von Lehrkräften und OGS-Fachkräften sind an allen Standorten der größte Engpass.',
    ],
    vereinbarungen: [
      { text: 'Einzelziele des Standorts zum Oberthema schriftlich ergänzen und an die Koordination senden', wer: 'schulleitung' },
      { text: 'Beispiele für Beteiligungsformate (Kinderparlament, Feedbackrunden) für die Materialsammlung aufbereiten', wer: 'ganztag' },
      { text: 'Terminvorschläge für gemeinsame Besprechungszeiten mit dem Schulverwaltungsamt abstimmen', wer: 'koordination' },
    ],
  },
  {
    punkte: [
      {
        art: 'impuls',
        titel: 'Rhythmisierung: Vor- und Nachmittag als ein Bildungstag',
        referent: 'Dr. Tobias Lenz, Institut für Ganztagsforschung (fiktiv)',
        dauer: 45,
        notiz:
          'Dr. Lenz zeigte drei Modelle eines rhythmisierten Schultags mit Lernzeiten, Bewegungspausen und Angeboten im Wechsel. Entscheidend sei, dass Lehrkräfte und OGS-Fachkräfte den Tag gemeinsam planen und Lernzeiten nicht einfach in den Nachmittag verlagert werden.',
      },
      {
        art: 'austausch',
        titel: 'Zusammenarbeit von Lehrkräften und OGS-Fachkräften im Alltag',
        dauer: 50,
        notiz:
          'In zwei Gruppen wurden Gelingensbedingungen gesammelt: feste Übergabezeiten am Mittag, gemeinsame Teilnahme an Konferenzen und ein geteilter Wochenplan. Mehrere Standorte wünschen sich gegenseitige Hospitationen.',
      },
      {
        art: 'bericht',
        titel: 'Bericht aus dem interkommunalen Netzwerktreffen Praxis',
        referent: 'Bildungsbüro {stadt}',
        dauer: 15,
        notiz: 'Das Bildungsbüro berichtete von der Werkstatt zur Mittagszeit in Hamm und von der geplanten gemeinsamen Kinderbefragung aller fünf Kommunen.',
      },
      {
        art: 'beschluss',
        titel: 'Hospitationen zwischen den Standorten',
        dauer: 15,
        notiz: 'Beschlossen: Jeder Standort hospitiert bis zum nächsten Treffen mindestens einmal an einem anderen Standort.',
      },
    ],
    ergebnisse: ['Ein rhythmisierter Tagesablauf wird an einem Standort ab dem zweiten Halbjahr erprobt.', 'Hospitationen zwischen den OGS-Standorten werden fester Baustein des Netzwerks.'],
    vereinbarungen: [
      { text: 'Hospitationstermine mit einem anderen Standort vereinbaren und im Netzwerk bekannt geben', wer: 'ganztag' },
      { text: 'Stundenplanmodell mit Lernzeiten im Vormittag für die Erprobung vorbereiten', wer: 'schulleitung' },
      { text: 'Finanzierung von Vertretungsstunden für Hospitationen klären', wer: 'jugendamt' },
    ],
  },
  {
    punkte: [
      {
        art: 'impuls',
        titel: 'Qualitätsdialoge an OGS-Standorten',
        referent: 'Sevgi Arslan, Qualitätsagentur Ganztag (fiktiv)',
        dauer: 40,
        notiz:
          'Frau Arslan stellte einen Leitfaden für jährliche Qualitätsdialoge vor: Schulleitung, Ganztagskoordination, Träger und Elternvertretung schauen gemeinsam auf Ziele, Angebote und Rückmeldungen der Kinder.',
      },
      {
        art: 'austausch',
        titel: 'Raumkonzepte: Klassenraum, Mensa, Ruhezonen',
        dauer: 60,
        notiz:
          'Die Standorte verglichen ihre Raumnutzung am Nachmittag. Klassenräume werden überwiegend doppelt genutzt; Rückzugs- und Ruhezonen fehlen an drei von vier Standorten. Gute Erfahrungen gibt es mit einer umgestalteten Bibliothek als Ruheraum.',
      },
      {
        art: 'bericht',
        titel: 'Bericht aus der Steuerungsgruppe (interkommunal)',
        referent: 'Bildungsbüro {stadt}',
        dauer: 15,
        notiz: 'Die Steuerungsgruppe arbeitet an Eckpunkten für kommunale Qualitätskonzepte OGS; die Netzwerke werden vor der Beschlussfassung beteiligt.',
      },
    ],
    ergebnisse: ['Ein Leitfaden für jährliche Qualitätsdialoge je Standort liegt im Entwurf vor.', 'Fehlende Ruhezonen an den Standorten werden als Bedarf an die Schulverwaltung gemeldet.'],
    vereinbarungen: [
      { text: 'Ersten Qualitätsdialog am eigenen Standort mit dem Leitfaden durchführen', wer: 'schulleitung' },
      { text: 'Bestandsaufnahme der Räume und ihrer Nutzung am Nachmittag erstellen', wer: 'ganztag' },
      { text: 'Raumbedarfe der Standorte gesammelt an das Schulverwaltungsamt weitergeben', wer: 'koordination' },
    ],
  },
  {
    punkte: [
      {
        art: 'impuls',
        titel: 'Eltern als Partner im Ganztag',
        referent: 'Mehmet Koç, Elternnetzwerk (fiktiv)',
        dauer: 40,
        notiz:
          'Herr Koç berichtete aus der Arbeit mit Elternbegleiterinnen und -begleitern. Eltern erreiche man besser über persönliche Ansprache, feste Sprechzeiten am Nachmittag und mehrsprachige Einladungen als über schriftliche Elternbriefe.',
      },
      {
        art: 'austausch',
        titel: 'Elternabende und Sprechzeiten gemeinsam mit der OGS',
        dauer: 45,
        notiz: 'An den meisten Standorten finden Elternabende von Schule und OGS noch getrennt statt. Ein Standort lädt seit diesem Schuljahr gemeinsam ein und hat deutlich mehr Eltern erreicht.',
      },
      {
        art: 'beschluss',
        titel: 'Fahrplan zum kommunalen Qualitätskonzept OGS',
        dauer: 30,
        notiz: 'Der Fahrplan wurde einstimmig angenommen: Entwurf durch das Bildungsbüro bis zum Ende des Schuljahres, danach Abstimmung in der Steuerungsgruppe.',
      },
    ],
    ergebnisse: ['Fahrplan zum kommunalen Qualitätskonzept OGS {stadt} beschlossen: Entwurf bis zum Ende des Schuljahres, Abstimmung in der Steuerungsgruppe.'],
    vereinbarungen: [
      { text: 'Gemeinsame Sprechzeit von Schule und OGS an einem Nachmittag im Monat erproben', wer: 'ganztag' },
      { text: 'Kapitel „Zusammenarbeit mit Eltern“ für das Qualitätskonzept entwerfen', wer: 'koordination' },
      { text: 'Mehrsprachige Einladung zum gemeinsamen Elternabend abstimmen', wer: 'schulleitung' },
    ],
  },
  {
    punkte: [
      {
        art: 'impuls',
        titel: 'Übergang Kita – Grundschule – OGS gestalten',
        referent: 'Anja Stein, Fachberatung Kindertagesbetreuung (fiktiv)',
        dauer: 40,
        notiz:
          'Frau Stein stellte Übergabegespräche zwischen Kita, Schule und OGS vor. Wichtig seien das Einverständnis der Eltern, ein kurzer gemeinsamer Bogen und ein Termin vor den Sommerferien.',
      },
      {
        art: 'austausch',
        titel: 'Erfahrungen aus der Schuleingangsphase',
        dauer: 45,
        notiz: 'Die Standorte berichteten, dass Informationen aus der Kita oft nur die Schule, nicht aber die OGS erreichen. Ein gemeinsamer Übergabebogen wird begrüßt.',
      },
      {
        art: 'bericht',
        titel: 'Bericht aus dem Jugendamt: Ausbau der Ganztagsplätze',
        referent: 'Jugendamt {stadt}',
        dauer: 20,
        notiz: 'Das Jugendamt stellte den Stand des Platzausbaus vor dem Rechtsanspruch auf Ganztagsbetreuung vor. An zwei Standorten sind Erweiterungsbauten beantragt.',
      },
    ],
    ergebnisse: ['Die Standorte nutzen künftig einen gemeinsamen Übergabebogen Kita – OGS (mit Einverständnis der Eltern).'],
    vereinbarungen: [
      { text: 'Übergabebogen Kita – OGS mit zwei Kitas im Einzugsgebiet erproben', wer: 'ganztag' },
      { text: 'Stand des Platzausbaus zum Rechtsanspruch im nächsten Treffen vorstellen', wer: 'jugendamt' },
    ],
  },
  {
    punkte: [
      {
        art: 'impuls',
        titel: 'Kinderschutz im Ganztag: Verfahren nach § 8a SGB VIII',
        referent: 'Ralf Meißner, insoweit erfahrene Fachkraft (fiktiv)',
        dauer: 45,
        notiz:
          'Herr Meißner erläuterte das Verfahren bei gewichtigen Anhaltspunkten für eine Kindeswohlgefährdung und die Rolle der insoweit erfahrenen Fachkraft. Schule und OGS brauchen dieselben Ansprechpersonen und ein abgestimmtes Vorgehen.',
      },
      {
        art: 'austausch',
        titel: 'Abläufe zwischen Schule, OGS und Schulsozialarbeit',
        dauer: 45,
        notiz: 'Die Standorte haben unterschiedliche Ablaufschemata; teils kennt das OGS-Team das schulische Verfahren nicht. Gewünscht wird ein gemeinsames Schema für alle Standorte.',
      },
      {
        art: 'beschluss',
        titel: 'Gemeinsames Ablaufschema Kinderschutz',
        dauer: 20,
        notiz: 'Beschlossen: Das Bildungsbüro legt auf Grundlage der vorhandenen Schemata einen gemeinsamen Entwurf vor.',
      },
    ],
    ergebnisse: ['Ein gemeinsames Ablaufschema Kinderschutz für Schule, OGS und Schulsozialarbeit wird eingeführt.'],
    vereinbarungen: [
      { text: 'Ablaufschema Kinderschutz im Kollegium und im OGS-Team vorstellen', wer: 'schulleitung' },
      { text: 'Ansprechpersonen Kinderschutz aller Standorte in einer Liste zusammenführen', wer: 'koordination' },
      { text: 'Fortbildung „Gesprächsführung mit Eltern“ für das OGS-Team anfragen', wer: 'ganztag' },
    ],
  },
];

/** Inter-municipal practice meetings: the leadership tandems of all five cities, twice a year. */
export const interkommunalPraxis: Inhalt[] = [
  {
    punkte: [
      {
        art: 'impuls',
        titel: 'Kindorientierte Ganztagsbildung: die Sicht der Kinder erheben',
        referent: 'Dr. Lea Hartmann, Institut für soziale Arbeit (fiktiv)',
        dauer: 45,
        notiz: 'Dr. Hartmann stellte kindgerechte Befragungsmethoden vor (Fotostreifzüge, Nadelmethode, kurze Fragebögen in einfacher Sprache) und Erfahrungen aus anderen Kommunen.',
      },
      {
        art: 'austausch',
        titel: 'Werkstattgruppen: Beteiligung, Rhythmisierung, Räume',
        dauer: 90,
        notiz: 'In drei Werkstattgruppen tauschten sich die Leitungstandems aus den fünf Kommunen aus. Besonders gefragt waren die Erfahrungen aus Dortmund mit einem Kinderrat, der über die Nachmittagsangebote mitentscheidet.',
      },
      {
        art: 'bericht',
        titel: 'Berichte aus den fünf Kommunen',
        dauer: 45,
        notiz: 'Je Kommune wurde in fünf Minuten über den Stand der Einzelziele berichtet. Gladbeck und Hagen arbeiten am Thema Räume, Bochum und Hamm an Beteiligung, Dortmund an Rhythmisierung.',
      },
    ],
    ergebnisse: ['Die fünf Kommunen erheben im kommenden Halbjahr mit einem gemeinsamen Kurzfragebogen die Sicht der Kinder auf ihren Ganztag.'],
    vereinbarungen: [
      { text: 'Kurzfragebogen für Kinder in einfacher Sprache abstimmen und an die Standorte verteilen', wer: 'mod' },
      { text: 'Erhebung an den Bochumer Standorten koordinieren', wer: 'bochum.koordination' },
      { text: 'Erfahrungen mit dem Kinderrat als Praxisbeispiel aufschreiben', wer: 'dortmund.ganztag' },
    ],
  },
  {
    punkte: [
      {
        art: 'impuls',
        titel: 'Gute Lösungen teilen: die Mittagszeit als pädagogische Zeit',
        referent: 'Leitungstandem eines Hammer Standorts',
        dauer: 40,
        notiz: 'Der Hammer Standort stellte sein Konzept vor: Essen in kleinen Gruppen, feste Tischpatenschaften, eine ruhige Phase nach dem Essen. Die Zahl der Konflikte am Mittag sei deutlich gesunken.',
      },
      {
        art: 'austausch',
        titel: 'Wechselseitiges Lernen: Was lässt sich übertragen?',
        dauer: 90,
        notiz: 'Die Teilnehmenden prüften, welche Bausteine sich an ihren Standorten umsetzen lassen. Hürden sind vor allem Mensagrößen und Essenszeiten, die der Stundenplan vorgibt.',
      },
      {
        art: 'beschluss',
        titel: 'Gemeinsame Materialsammlung der Standorte',
        dauer: 20,
        notiz: 'Beschlossen: Konzepte, Vorlagen und Praxisbeispiele werden in einer gemeinsamen Materialsammlung gepflegt.',
      },
    ],
    ergebnisse: ['Eine gemeinsame Materialsammlung aller Standorte wird eingerichtet und von der Landeskoordination gepflegt.'],
    vereinbarungen: [
      { text: 'Konzept „Pädagogische Mittagszeit“ als Praxisbeispiel aufbereiten', wer: 'hamm.schulleitung' },
      { text: 'Materialsammlung anlegen und die Standorte informieren', wer: 'mod' },
    ],
  },
  {
    punkte: [
      {
        art: 'impuls',
        titel: 'Multiprofessionelle Teams: Rollen klären, Stärken nutzen',
        referent: 'Prof. Dr. Karin Feldmann, Hochschule Ruhr (fiktiv)',
        dauer: 45,
        notiz: 'Frau Prof. Dr. Feldmann stellte Rollenklärungen in multiprofessionellen Teams vor und warnte davor, OGS-Fachkräfte nur als Betreuung zu verstehen.',
      },
      {
        art: 'austausch',
        titel: 'Tandemarbeit von Schulleitung und Ganztagskoordination',
        dauer: 80,
        notiz: 'Die Tandems beschrieben ihre Absprachen. Wo es feste wöchentliche Tandemzeiten gibt, gelingt die gemeinsame Steuerung des Ganztags deutlich besser.',
      },
    ],
    ergebnisse: ['Feste wöchentliche Tandemzeiten von Schulleitung und Ganztagskoordination werden allen Standorten empfohlen.'],
    vereinbarungen: [
      { text: 'Beispiel einer Geschäftsverteilung für das Leitungstandem zur Verfügung stellen', wer: 'gladbeck.schulleitung' },
      { text: 'Empfehlung zu Tandemzeiten in die Eckpunkte der Steuerungsgruppe einbringen', wer: 'mod' },
    ],
  },
];

/** Inter-municipal steering and planning: the administrations of the five cities and the school supervision, once a year. */
export const interkommunalSteuerung: Inhalt[] = [
  {
    punkte: [
      {
        art: 'impuls',
        titel: 'Gemeinsame Planungsverantwortung von Jugendhilfe und Schule',
        referent: 'Dr. Martin Vogel, Landesjugendamt (fiktiv)',
        dauer: 40,
        notiz: 'Dr. Vogel stellte die rechtlichen Aufträge von Jugendhilfe- und Schulentwicklungsplanung gegenüber und zeigte, wie Kommunen beide Planungen verzahnen.',
      },
      {
        art: 'bericht',
        titel: 'Berichte aus den intrakommunalen Netzwerken',
        dauer: 40,
        notiz: 'Die Bildungsbüros berichteten aus ihren Netzwerken. Mehrere Kommunen melden fehlende gemeinsame Besprechungszeiten und fehlende Ruheräume als wiederkehrende Themen.',
      },
      {
        art: 'austausch',
        titel: 'Ressortübergreifende Kooperationsvereinbarungen',
        dauer: 50,
        notiz: 'Zwei Kommunen haben Kooperationsvereinbarungen zwischen Jugendamt und Schulverwaltungsamt, drei arbeiten ohne schriftliche Vereinbarung. Eine Mustervereinbarung wird gewünscht.',
      },
      {
        art: 'beschluss',
        titel: 'Eckpunkte für kommunale Qualitätskonzepte OGS',
        dauer: 30,
        notiz: 'Die Eckpunkte wurden beschlossen und gehen zur Beratung an die intrakommunalen Netzwerke.',
      },
    ],
    ergebnisse: ['Eckpunkte für kommunale Qualitätskonzepte OGS beschlossen (Beteiligung, Rhythmisierung, Räume, Kinderschutz, Zusammenarbeit mit Eltern); die Netzwerke beraten sie vor Ort.'],
    vereinbarungen: [
      { text: 'Mustervereinbarung Jugendamt – Schulverwaltungsamt entwerfen', wer: 'dortmund.koordination' },
      { text: 'Eckpunkte in den intrakommunalen Netzwerken vorstellen und Rückmeldungen sammeln', wer: 'mod' },
    ],
  },
  {
    punkte: [
      {
        art: 'impuls',
        titel: 'Verstetigung der Netzwerke über das Projektende hinaus',
        referent: 'Projektteam DialOGStandorte (fiktiv)',
        dauer: 30,
        notiz: 'Das Projektteam stellte vor, welche Strukturen in den fünf Kommunen entstanden sind und welche Ressourcen für ihre Fortführung nötig sind.',
      },
      {
        art: 'austausch',
        titel: 'Ressourcen für die Netzwerkkoordination',
        dauer: 60,
        notiz: 'Alle Kommunen wollen die intrakommunalen Netzwerke fortführen. Offen ist die Finanzierung der Koordination; zwei Kommunen planen feste Stellenanteile im Bildungsbüro.',
      },
      {
        art: 'beschluss',
        titel: 'Transferprodukte für andere Kommunen',
        dauer: 30,
        notiz: 'Beschlossen: Leitfäden, Ablaufschemata und Praxisbeispiele werden als Transferprodukte aufbereitet und auch Kommunen außerhalb des Verbunds angeboten.',
      },
    ],
    ergebnisse: ['Die Netzwerkstrukturen werden in allen fünf Kommunen über das Projektende hinaus fortgeführt.'],
    vereinbarungen: [
      { text: 'Stellenanteile für die Netzwerkkoordination im Haushalt anmelden', wer: 'hagen.koordination' },
      { text: 'Transferprodukte zusammenstellen und mit Köln als erster Transferkommune erproben', wer: 'koeln' },
    ],
  },
];

const ssaAustausch = (notiz: string): Punkt => ({ art: 'austausch', titel: 'Austausch: Erfahrungen und Fragen aus der Praxis', dauer: 30, notiz });

/** State-wide online meeting for school social workers: impulse talk and exchange, monthly on Tuesdays 13:30–14:30. */
export const onlineSchulsozialarbeit: Inhalt[] = [
  {
    punkte: [
      {
        art: 'impuls',
        titel: 'Digitales Arbeiten ohne digitale Endgeräte in der Grundschule',
        referent: 'Nina Krüger, Medienzentrum (fiktiv)',
        dauer: 30,
        notiz: 'Frau Krüger zeigte Methoden, mit denen Kinder Grundlagen digitaler Welten ohne Geräte erfahren: Algorithmen als Spiel, Datenschutz mit Briefumschlägen, Netzwerke mit Wollknäueln.',
      },
      ssaAustausch('Die Teilnehmenden berichteten von sehr unterschiedlicher Ausstattung der Schulen. Die Methoden wurden als gut übertragbar eingeschätzt, auch für Angebote am Nachmittag.'),
    ],
    ergebnisse: ['Die Methodensammlung „Digital ohne Geräte“ wird allen Teilnehmenden zur Verfügung gestellt.'],
    vereinbarungen: [
      { text: 'Methodensammlung und Folien an alle Teilnehmenden verschicken', wer: 'mod' },
      { text: 'Eine Methode in der eigenen Schule erproben und beim nächsten Treffen berichten', wer: 'ssa1' },
    ],
  },
  {
    punkte: [
      {
        art: 'impuls',
        titel: 'Sozialpädagogisches Teamteaching',
        referent: 'Jens Martens, Fachstelle Schulsozialarbeit (fiktiv)',
        dauer: 30,
        notiz: 'Herr Martens stellte vor, wie Schulsozialarbeit und Lehrkräfte soziales Lernen gemeinsam im Unterricht gestalten: Planung, Rollen im Raum, Auswertung.',
      },
      ssaAustausch('Mehrere Teilnehmende machen bereits Klassenrat im Tandem. Schwierig ist die gemeinsame Vorbereitungszeit; einige Schulen haben dafür eine feste Stunde im Stundenplan.'),
    ],
    ergebnisse: ['Teamteaching gelingt dort, wo eine feste gemeinsame Vorbereitungszeit vereinbart ist.'],
    vereinbarungen: [
      { text: 'Planungsvorlage für Teamteaching in der Gruppe teilen', wer: 'ssa2' },
      { text: 'Folien des Impulses bereitstellen', wer: 'mod' },
    ],
  },
  {
    punkte: [
      {
        art: 'impuls',
        titel: 'Das SIMPLEX-Konzept des systemischen Konfliktmanagements',
        referent: 'Dr. Eva Brenner, systemische Beratung (fiktiv)',
        dauer: 30,
        notiz: 'Dr. Brenner stellte die Schritte des Konzepts vor und übte an einem Fallbeispiel aus einer fünften Klasse, wie Konflikte zwischen Kindern, Eltern und Lehrkräften entschärft werden können.',
      },
      ssaAustausch('Die Teilnehmenden sehen das Konzept als Ergänzung zur Streitschlichtung. Gewünscht wird eine vertiefende Fortbildung.'),
    ],
    ergebnisse: ['Eine vertiefende Fortbildung zum systemischen Konfliktmanagement wird für das kommende Halbjahr geplant.'],
    vereinbarungen: [{ text: 'Termin und Kosten für eine vertiefende Fortbildung anfragen', wer: 'mod' }],
  },
  {
    punkte: [
      {
        art: 'impuls',
        titel: 'Schulabsentismus früh erkennen und gemeinsam handeln',
        referent: 'Oliver Franke, schulpsychologische Beratungsstelle (fiktiv)',
        dauer: 30,
        notiz: 'Herr Franke stellte Frühwarnzeichen und ein gestuftes Vorgehen vor: Gespräch, Einbindung der Eltern, Hilfeplanung mit dem Jugendamt. Entscheidend sei das frühe Nachfragen schon nach wenigen Fehltagen.',
      },
      ssaAustausch('Die Teilnehmenden tauschten Vorlagen für Gesprächsleitfäden aus. An vielen Schulen fehlt eine abgestimmte Regel, ab wann die Schulsozialarbeit informiert wird.'),
    ],
    ergebnisse: ['Eine Mustervereinbarung „Ab wann informiert die Schule die Schulsozialarbeit?“ wird gesammelt und geteilt.'],
    vereinbarungen: [
      { text: 'Gesprächsleitfaden bei Fehlzeiten aus der eigenen Schule teilen', wer: 'ssa1' },
      { text: 'Mustervereinbarungen sammeln und in der Gruppe verteilen', wer: 'mod' },
    ],
  },
  {
    punkte: [
      {
        art: 'impuls',
        titel: 'Häusliche Gewalt: Handlungssicherheit für die Schulsozialarbeit',
        referent: 'Sandra Wolff, Frauenberatungsstelle (fiktiv)',
        dauer: 30,
        notiz: 'Frau Wolff erläuterte Anzeichen häuslicher Gewalt bei Kindern, die Zusammenarbeit mit Beratungsstellen und die Grenzen der eigenen Rolle.',
      },
      ssaAustausch('Im Austausch wurde deutlich, wie wichtig eine Liste regionaler Beratungsstellen ist. Mehrere Teilnehmende wünschen kollegiale Fallberatung in kleinen Gruppen.'),
    ],
    ergebnisse: ['Kollegiale Fallberatung in Kleingruppen wird als zusätzliches Format erprobt.'],
    vereinbarungen: [
      { text: 'Liste regionaler Beratungsstellen zusammenstellen', wer: 'ssa2' },
      { text: 'Termine für kollegiale Fallberatung in Kleingruppen anbieten', wer: 'mod' },
    ],
  },
  {
    punkte: [
      {
        art: 'impuls',
        titel: 'Kinder und Familien in Krisen digital erreichen',
        referent: 'Paul Seidel, Jugendmigrationsdienst (fiktiv)',
        dauer: 30,
        notiz: 'Herr Seidel zeigte, wie Beratung per Messenger und Videogespräch datenschutzgerecht gelingen kann, und welche Familien man so besser erreicht.',
      },
      ssaAustausch('Die Teilnehmenden berichteten von Unsicherheit beim Datenschutz. Gewünscht wird eine Übersicht zulässiger Werkzeuge.'),
    ],
    ergebnisse: ['Eine Übersicht datenschutzgerechter Werkzeuge für die digitale Beratung wird erstellt.'],
    vereinbarungen: [{ text: 'Übersicht datenschutzgerechter Werkzeuge mit der Datenschutzbeauftragten abstimmen', wer: 'mod' }],
  },
];

/** Online meeting of the regional education offices, first Monday of the month. */
export const onlineRegional: Inhalt[] = [
  {
    punkte: [
      { art: 'bericht', titel: 'Weiterentwicklung des Programms: Schwerpunkte im neuen Schuljahr', referent: 'Landeskoordination', dauer: 30, notiz: 'Die Landeskoordination stellte die Schwerpunkte vor: Übergänge, Schulabsentismus und die digitale Ausstattung der Angebote.' },
      { art: 'austausch', titel: 'Rahmungen und Umgang damit in den Regionen', dauer: 45, notiz: 'Die Bildungsbüros berichteten, wie sie die Schwerpunkte vor Ort aufgreifen. Mehrere wünschen gemeinsame Vorlagen für Berichte an die Ausschüsse.' },
    ],
    ergebnisse: ['Gemeinsame Berichtsvorlagen für Ausschüsse werden erarbeitet.'],
    vereinbarungen: [
      { text: 'Entwurf einer gemeinsamen Berichtsvorlage erstellen', wer: 'mod' },
      { text: 'Beispielbericht aus Köln als Grundlage zur Verfügung stellen', wer: 'koeln' },
    ],
  },
  {
    punkte: [
      { art: 'impuls', titel: 'Herausforderungen durch EU-Zuwanderung: Erfahrungen aus den Regionen', referent: 'Dr. Ioana Popescu, kommunales Integrationszentrum (fiktiv)', dauer: 30, notiz: 'Dr. Popescu berichtete über Seiteneinsteigerklassen, Sprachmittlung und die Zusammenarbeit mit Familien aus Südosteuropa.' },
      { art: 'austausch', titel: 'Was hilft vor Ort?', dauer: 45, notiz: 'Sprachmittlung und Elternlotsinnen wurden als besonders wirksam genannt. Die Finanzierung ist in den meisten Regionen befristet.' },
    ],
    ergebnisse: ['Sprachmittlung wird als gemeinsamer Bedarf der Regionen an das Land gemeldet.'],
    vereinbarungen: [{ text: 'Bedarfe an Sprachmittlung aus der eigenen Region beziffern', wer: 'dortmund' }],
  },
  {
    punkte: [
      { art: 'impuls', titel: 'Digitale Werkzeuge für die Netzwerkarbeit', referent: 'Landeskoordination', dauer: 25, notiz: 'Vorgestellt wurden Werkzeuge für Terminreihen, Protokolle und Kalender-Abos sowie Regeln für den Umgang mit personenbezogenen Daten.' },
      { art: 'austausch', titel: 'Kontaktaufnahme und Netzwerkpflege aus dem Homeoffice', dauer: 40, notiz: 'Die Bildungsbüros tauschten Erfahrungen mit Online-Formaten aus. Kurze, regelmäßige Treffen funktionieren besser als lange Sitzungen.' },
    ],
    ergebnisse: ['Die Regionen stimmen ihre Online-Formate auf höchstens 90 Minuten ab.'],
    vereinbarungen: [{ text: 'Anleitung zu Kalender-Abos für die Netzwerke in der Region verteilen', wer: 'hagen' }],
  },
  {
    punkte: [
      { art: 'bericht', titel: 'Einblicke in die Regionen: Veranstaltungen und neue Projekte', dauer: 60, notiz: 'Jede Region stellte kurz aktuelle Vorhaben vor, darunter ein Fachtag Ganztag in Bochum und ein neues Übergangsprojekt in Hamm.' },
    ],
    ergebnisse: ['Termine regionaler Fachtage werden in einem gemeinsamen Kalender gesammelt.'],
    vereinbarungen: [{ text: 'Einladung zum Fachtag Ganztag an alle Regionen schicken', wer: 'bochum' }],
  },
];

/** Quarterly online meeting of the providers of child and youth welfare. */
export const onlineTraeger: Inhalt[] = [
  {
    punkte: [
      { art: 'impuls', titel: 'Das neue ESF-Programm: Was ändert sich für die Träger?', referent: 'Referat Jugend des Ministeriums (fiktiv)', dauer: 40, notiz: 'Vorgestellt wurden Förderbedingungen, Fristen und Nachweispflichten des neuen Programms.' },
      { art: 'austausch', titel: 'Fragen der Träger', dauer: 50, notiz: 'Die Träger fragten vor allem nach der Überbrückung zwischen den Förderperioden und nach Personalkosten.' },
    ],
    ergebnisse: ['Offene Fragen der Träger zum neuen Programm werden gesammelt an das Ministerium gegeben.'],
    vereinbarungen: [{ text: 'Fragenliste der Träger an das Ministerium senden', wer: 'mod' }],
  },
  {
    punkte: [
      { art: 'impuls', titel: 'Kinder und Jugendliche in prekären Lebenslagen: Was brauchen sie?', referent: 'Dr. Sabine Roth, Kinderschutzbund (fiktiv)', dauer: 40, notiz: 'Dr. Roth zeigte Befunde zu Armut und Bildungsbeteiligung und betonte verlässliche Bezugspersonen und niedrigschwellige Angebote.' },
      { art: 'austausch', titel: 'Angebote aus Trägersicht', dauer: 50, notiz: 'Die Träger stellten Angebote vor, die Kinder in schwierigen Lebenslagen erreichen: offene Treffs, Lernbegleitung, Ferienangebote.' },
    ],
    ergebnisse: ['Die Träger erstellen eine gemeinsame Übersicht niedrigschwelliger Angebote je Region.'],
    vereinbarungen: [{ text: 'Angebote des eigenen Trägers für die gemeinsame Übersicht melden', wer: 'bochum' }],
  },
  {
    punkte: [
      { art: 'impuls', titel: 'Nahtlose Übergänge zwischen Förderperioden', referent: 'Landeskoordination', dauer: 30, notiz: 'Die Landeskoordination stellte Maßnahmen vor, mit denen Stellen zwischen zwei Förderperioden gesichert werden können.' },
      { art: 'austausch', titel: 'Multiplikatorfunktion der Träger in den Regionen', dauer: 60, notiz: 'Die Träger berichteten, wie sie Informationen in ihre Regionen tragen. Gewünscht werden kurze Informationsblätter.' },
    ],
    ergebnisse: ['Kurze Informationsblätter zu Programmänderungen werden gemeinsam erstellt.'],
    vereinbarungen: [{ text: 'Informationsblatt zu den Fristen entwerfen', wer: 'koeln' }],
  },
];
