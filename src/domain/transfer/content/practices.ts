import type { Praxisbeispiel } from './types.js';

// Demo library of good practices of the 18 model municipalities.
// FICTITIOUS: the practices, figures, results and contact persons are invented for the demo.
// They are written to be plausible for the named municipalities but describe no real project,
// and the e-mail addresses and links point to example.org only.
// Some practices deliberately resemble each other (welcome visits, school social work,
// Kita–Grundschule transitions, career guidance) so that ranking is not trivial.

export const praxisbeispiele: Praxisbeispiel[] = [
  // ── Arnsberg ─────────────────────────────────────────────────────────────────────────────
  {
    id: 'p01',
    kommune: 'arnsberg',
    titel: 'Schulsozialarbeit im Trägerverbund an weiterführenden Schulen',
    beschreibung:
      'An allen weiterführenden Schulen der Stadt arbeiten Fachkräfte der Schulsozialarbeit, die bei drei freien Trägern angestellt sind und sich in einem gemeinsamen Trägerverbund abstimmen. ' +
      'Das Jugendamt hat mit Trägern und Schulen einheitliche Qualitätsstandards vereinbart: feste Sprechzeiten, offene Pausenangebote, Klassenprojekte zu Mobbing und Konflikten sowie eine monatliche anonymisierte Fallberatung. ' +
      'Die Schulsozialarbeiterinnen und Schulsozialarbeiter gehören zur erweiterten Schulleitungsrunde und begleiten Jugendliche bei Krisen, Schulmüdigkeit und familiären Belastungen. ' +
      'Seit der Einführung haben sich die Beratungskontakte verdoppelt, und Ordnungsmaßnahmen sind an vier von sieben Schulen deutlich zurückgegangen.',
    handlungsfelder: ['beratung', 'soziale-kompetenzen', 'praevention'],
    altersphasen: ['10-15'],
    zielgruppen: ['Schülerinnen und Schüler der Sekundarstufe I', 'Eltern', 'Lehrkräfte'],
    ressourcen: {
      personal: '7 Vollzeitstellen Schulsozialarbeit (eine je Schule), 0,25 Stelle Koordination im Jugendamt',
      geld: 'rund 480.000 € im Jahr, je etwa zur Hälfte kommunal und aus Landesmitteln',
      raeume: 'je ein Beratungsraum mit Telefon und abschließbarem Schrank in jeder Schule',
    },
    seit: 2014,
    kontakt: { name: 'Katrin Wiemers', funktion: 'Sachgebietsleitung Jugendförderung, Jugendamt', email: 'katrin.wiemers@example.org' },
    links: ['https://example.org/arnsberg/schulsozialarbeit'],
    kontext: [
      {
        frage: 'inst-21',
        antwort:
          'Die Fachkräfte sind bei drei freien Trägern angestellt; die Stadt finanziert über Zuwendungsverträge, das Jugendamt sichert die fachlichen Standards.',
      },
      {
        frage: 'inst-22',
        antwort: 'Jede Schule hat einen Kooperationsvertrag, den die Schulkonferenz beschlossen hat; die Schulsozialarbeit steht im Schulprogramm.',
      },
      {
        frage: 'disk-10',
        antwort:
          'Wo die Schulleitung die Schulsozialarbeit in die Leitungsrunde holt, läuft es deutlich besser. An zwei Schulen hat dieser Schritt zwei Jahre gedauert.',
      },
      {
        frage: 'proj-01',
        antwort: 'Eine volle Stelle je Schule mit 39 Wochenstunden. Eine halbe Stelle hat sich schon bei Schulen mit 500 Schülerinnen und Schülern als zu wenig erwiesen.',
      },
      { frage: 'indi-15', antwort: 'Monatliche Supervision beim Träger und die gemeinsame Fallberatung im Verbund, beides fest in der Arbeitszeit eingeplant.' },
    ],
  },
  {
    id: 'p02',
    kommune: 'arnsberg',
    titel: 'Lesen verbindet – Seniorinnen und Senioren als Lesepaten in Grundschulen',
    beschreibung:
      'Ehrenamtliche Lesepatinnen und Lesepaten, viele davon aus dem Seniorenbeirat, kommen einmal pro Woche in die Grundschulen und lesen mit Kindern der Klassen 1 bis 3 einzeln oder in kleinen Gruppen. ' +
      'Gewinnung, Schulung und Begleitung übernimmt die Stadtbücherei gemeinsam mit der Freiwilligenzentrale; die Lehrkräfte wählen die Kinder aus, die besonders von zusätzlicher Lesezeit profitieren. ' +
      'Vierteljährlich treffen sich die Ehrenamtlichen mit einer Fachkraft für Leseförderung zum Austausch. ' +
      'Nach einem Schuljahr lesen die begleiteten Kinder in den Lesescreenings der Schulen messbar flüssiger, und viele Patenschaften bestehen über mehrere Jahre.',
    handlungsfelder: ['lesefoerderung', 'sozialraum'],
    altersphasen: ['6-9'],
    zielgruppen: ['Grundschulkinder mit Leseschwierigkeiten', 'Seniorinnen und Senioren als Ehrenamtliche'],
    ressourcen: {
      personal: '0,25 Stelle Koordination in der Stadtbücherei, rund 45 Ehrenamtliche',
      geld: 'etwa 12.000 € im Jahr für Schulungen, Bücherkisten und Fahrtkosten',
      raeume: 'ruhige Leseecken oder Gruppenräume in den Grundschulen',
    },
    seit: 2016,
    kontakt: { name: 'Ulrich Sommer', funktion: 'Leitung der Stadtbücherei', email: 'ulrich.sommer@example.org' },
    links: [],
    kontext: [
      {
        frage: 'indi-10',
        antwort: 'Die meisten Ehrenamtlichen kamen über den Seniorenbeirat und Zeitungsberichte. Sie werden an zwei Vormittagen geschult und treffen sich danach vierteljährlich.',
      },
      { frage: 'proj-14', antwort: 'Die Ehrenamtlichen sind über die Sammelversicherung der Stadt versichert; ein erweitertes Führungszeugnis ist Pflicht.' },
      {
        frage: 'sozr-05',
        antwort: 'Arnsberg besteht aus vielen Ortsteilen. In kleinen Dörfern fehlen Ehrenamtliche; dort fahren Patinnen aus dem Nachbarort hin.',
      },
      { frage: 'proj-08', antwort: 'Wir nutzen die Bücherkisten der Stadtbücherei und ein eigenes Handout zum dialogischen Lesen, das wir gern weitergeben.' },
    ],
  },
  {
    id: 'p03',
    kommune: 'arnsberg',
    titel: 'Kleinräumiges Bildungsmonitoring für die Präventionskette',
    beschreibung:
      'Jugendhilfeplanung und Statistikstelle haben ein Monitoring aufgebaut, das Daten aus Schuleingangsuntersuchung, Kita-Besuch, Übergangsempfehlungen, Schulabschlüssen und SGB-II-Bezug auf Ebene der Ortsteile zusammenführt. ' +
      'Einmal im Jahr erscheint ein kompakter Bericht, den die Steuergruppe Präventionskette in einer Klausur bespricht und aus dem sie Schwerpunkte für das folgende Jahr ableitet. ' +
      'Ausgewertet wird nur zusammengefasst; kleine Fallzahlen werden gebündelt, damit keine Rückschlüsse auf einzelne Familien möglich sind. ' +
      'So wurde etwa sichtbar, dass in zwei Ortsteilen besonders viele Kinder ohne Kita-Besuch eingeschult werden – dort gibt es inzwischen Spielgruppen.',
    handlungsfelder: ['sozialraum', 'uebergaenge'],
    altersphasen: ['0-2', '3-5', '6-9', '10-15', '16-18'],
    zielgruppen: ['Steuergruppe und Fachplanung', 'Politik und Verwaltungsspitze'],
    ressourcen: {
      personal: '0,5 Stelle Fachplanung, Zuarbeit der Statistikstelle',
      geld: 'keine zusätzlichen Sachkosten, vorhandene Statistiksoftware',
      raeume: 'keine besonderen Räume',
    },
    seit: 2013,
    kontakt: { name: 'Dr. Stefanie Lohmann', funktion: 'Jugendhilfeplanung', email: 'stefanie.lohmann@example.org' },
    links: ['https://example.org/arnsberg/bildungsbericht'],
    kontext: [
      {
        frage: 'sozr-15',
        antwort: 'Die meisten Daten liegen auf Ortsteilebene vor; Schuldaten kommen schulscharf und werden den Ortsteilen zugeordnet.',
      },
      { frage: 'inst-16', antwort: 'Das Monitoring ist Teil der integrierten Jugendhilfe- und Schulentwicklungsplanung, die im selben Fachbereich liegt.' },
      {
        frage: 'disk-14',
        antwort: 'Entscheidend war eine Vereinbarung mit dem Gesundheitsamt, nur zusammengefasste Daten weiterzugeben. Das hat die Datenschutzsorgen ausgeräumt.',
      },
      {
        frage: 'disk-16',
        antwort: 'Der Bericht soll kein Ranking der Ortsteile sein, sondern eine Arbeitsgrundlage. Das mussten wir in den ersten Jahren oft betonen.',
      },
      { frage: 'proj-09', antwort: 'Rund ein Jahr, vor allem für die Datenzugänge und das Abstimmen der Kennzahlen.' },
    ],
  },

  // ── Bielefeld ────────────────────────────────────────────────────────────────────────────
  {
    id: 'p04',
    kommune: 'bielefeld',
    titel: 'Sprachkitas: alltagsintegrierte Sprachbildung mit Fachberatung',
    beschreibung:
      'In 32 Kindertageseinrichtungen in Stadtteilen mit hohem Förderbedarf arbeitet je eine zusätzliche Fachkraft für sprachliche Bildung, die das Team berät und Sprachanlässe im Kita-Alltag – beim Essen, Anziehen und Spielen – gezielt nutzt. ' +
      'Eine städtische Fachberatung begleitet die Sprachkitas, leitet Qualitätszirkel und sorgt dafür, dass alle Häuser die Sprachentwicklung mit denselben Beobachtungsverfahren dokumentieren. ' +
      'Eltern werden über mehrsprachige Elternnachmittage und eine Buchausleihe einbezogen. ' +
      'Bei der Schuleingangsuntersuchung zeigen Kinder aus Sprachkitas seltener einen Sprachförderbedarf als vergleichbare Kinder aus anderen Einrichtungen.',
    handlungsfelder: ['sprachfoerderung', 'elternarbeit'],
    altersphasen: ['3-5'],
    zielgruppen: ['Kinder im Kita-Alter', 'Kinder mit Deutsch als Zweitsprache', 'Kita-Teams'],
    ressourcen: {
      personal: '32 halbe Stellen zusätzliche Sprachfachkraft, 1,5 Stellen Fachberatung',
      geld: 'rund 1,3 Mio. € im Jahr, überwiegend Landesmittel; die Fachberatung trägt die Stadt',
      raeume: 'vorhandene Kita-Räume, ein Besprechungsraum für die Qualitätszirkel',
    },
    seit: 2013,
    kontakt: { name: 'Miriam Özdemir', funktion: 'Fachberatung Sprachbildung, Amt für Jugend und Familie', email: 'miriam.oezdemir@example.org' },
    links: ['https://example.org/bielefeld/sprachkitas'],
    kontext: [
      {
        frage: 'sozr-09',
        antwort: 'In den beteiligten Stadtteilen hatte bei der Schuleingangsuntersuchung fast jedes dritte Kind Auffälligkeiten in der Sprache.',
      },
      { frage: 'proj-03', antwort: 'Die Stellen in den Kitas kamen lange aus einem Bundesprogramm, heute aus dem Landesprogramm; die Fachberatung zahlt die Stadt.' },
      { frage: 'indi-07', antwort: 'Jede Sprachfachkraft durchläuft eine Weiterbildung von 120 Stunden; die Fachberatung hospitiert zweimal im Jahr.' },
      {
        frage: 'proj-10',
        antwort: 'Wir werten die Schuleingangsuntersuchung nach Einrichtung aus. Die Verbesserung zeigte sich nach etwa drei Jahren.',
      },
      {
        frage: 'inst-19',
        antwort: 'Das Landesprogramm gibt Stellenumfang und Qualifizierung vor; welche Kitas teilnehmen, hat die Stadt anhand von Sozialdaten entschieden.',
      },
    ],
  },
  {
    id: 'p05',
    kommune: 'bielefeld',
    titel: 'Bildungshaus: Kita und Grundschule unter einem Dach',
    beschreibung:
      'In einem Stadtteil im Osten der Stadt teilen sich eine Kita und eine Grundschule ein Gebäude und arbeiten nach einem gemeinsamen Bildungskonzept für Kinder von drei bis zehn Jahren. ' +
      'Erzieherinnen und Lehrkräfte planen einmal im Monat gemeinsam, Vorschulkinder besuchen wöchentlich eine Lernwerkstatt in der Schule, und die Schulanmeldung beginnt mit einem gemeinsamen Elterngespräch. ' +
      'Im Offenen Ganztag arbeiten teilweise dieselben Fachkräfte wie in der Kita, sodass die Kinder vertraute Bezugspersonen behalten. ' +
      'Der Start in die erste Klasse verläuft nach Rückmeldung der Lehrkräfte spürbar ruhiger, und Eltern bleiben der Schule stärker verbunden.',
    handlungsfelder: ['uebergaenge', 'betreuung'],
    altersphasen: ['3-5', '6-9'],
    zielgruppen: ['Vorschulkinder', 'Grundschulkinder', 'Eltern', 'Erzieherinnen und Lehrkräfte'],
    ressourcen: {
      personal: 'je Woche 4 Stunden Kooperationszeit für zwei Erzieherinnen und zwei Lehrkräfte, Koordination durch die OGS-Leitung',
      geld: 'etwa 15.000 € im Jahr für Kooperationszeit und Material',
      raeume: 'gemeinsames Gebäude oder benachbarte Räume, eine Lernwerkstatt',
    },
    seit: 2012,
    kontakt: { name: 'Sabine Kortmann', funktion: 'Schulleiterin', email: 'sabine.kortmann@example.org' },
    links: [],
    kontext: [
      { frage: 'inst-22', antwort: 'Kita-Träger, Schule und Schulamt haben eine Kooperationsvereinbarung geschlossen; die Schulkonferenz hat zugestimmt.' },
      {
        frage: 'proj-04',
        antwort: 'Ein gemeinsames Gebäude ist ideal, aber nicht zwingend: An einem zweiten Standort klappt es mit Kita und Schule in 300 Metern Entfernung.',
      },
      {
        frage: 'disk-08',
        antwort: 'Gemeinsame Fortbildungen von Erzieherinnen und Lehrkräften haben das gegenseitige Bild verändert – vorher gab es viele Vorbehalte.',
      },
      { frage: 'indi-02', antwort: 'Die damalige Schulleiterin und die Kita-Leitung kannten sich aus dem Stadtteilarbeitskreis und haben das Projekt gemeinsam angestoßen.' },
    ],
  },
  {
    id: 'p06',
    kommune: 'bielefeld',
    titel: 'Teilzeitausbildung für junge Alleinerziehende',
    beschreibung:
      'Junge Mütter und Väter unter 27 Jahren ohne Berufsabschluss können eine duale Ausbildung mit 25 bis 30 Wochenstunden machen. ' +
      'Ein Bildungsträger gewinnt Ausbildungsbetriebe, berät sie zur Teilzeitausbildung und begleitet die Auszubildenden mit einem festen Coaching, das auch Kinderbetreuung, Behördenpost und Prüfungsvorbereitung umfasst. ' +
      'Jobcenter, Agentur für Arbeit und Jugendamt stimmen sich in einem gemeinsamen Fallteam ab, damit ein Betreuungsplatz rechtzeitig bereitsteht. ' +
      'Rund drei Viertel der Teilnehmenden schließen ihre Ausbildung ab.',
    handlungsfelder: ['berufsorientierung', 'beratung'],
    altersphasen: ['16-18', '19-24'],
    zielgruppen: ['Alleinerziehende junge Mütter und Väter', 'Ausbildungsbetriebe'],
    ressourcen: {
      personal: '2 Vollzeitstellen Coaching beim Bildungsträger, feste Ansprechperson im Jobcenter',
      geld: 'rund 160.000 € im Jahr aus ESF- und Jobcenter-Mitteln',
      raeume: 'Beratungsräume beim Träger, Gruppenraum mit Spielecke',
    },
    seit: 2011,
    kontakt: { name: 'Jens Brockmeyer', funktion: 'Projektleitung beim Bildungsträger', email: 'jens.brockmeyer@example.org' },
    links: ['https://example.org/bielefeld/teilzeitausbildung'],
    kontext: [
      {
        frage: 'proj-15',
        antwort: 'Kinderbetreuung ist die Voraussetzung: Das Jugendamt hält Kita-Plätze vor und vermittelt Kindertagespflege für frühe und späte Randzeiten.',
      },
      { frage: 'inst-15', antwort: 'Jobcenter, Agentur und Jugendamt arbeiten in einem gemeinsamen Fallteam auf Grundlage einer Kooperationsvereinbarung.' },
      {
        frage: 'sozr-19',
        antwort: 'Gut geklappt hat es im Gesundheitswesen, in Büroberufen und im Handel; im Handwerk lassen sich Teilzeitmodelle schwer vermitteln.',
      },
      { frage: 'proj-06', antwort: 'Pro Jahr beginnen etwa 25 junge Eltern eine Teilzeitausbildung.' },
      { frage: 'disk-20', antwort: 'Wir sprechen von „jungen Eltern in Ausbildung“, nicht von Problemfällen. Das hat bei den Betrieben viel bewirkt.' },
    ],
  },
  {
    id: 'p07',
    kommune: 'bielefeld',
    titel: 'Teilhabelotsinnen in Familienzentren',
    beschreibung:
      'In sechs Familienzentren bieten Teilhabelotsinnen wöchentliche Sprechstunden an, in denen Eltern Hilfe beim Beantragen von Leistungen aus dem Bildungs- und Teilhabepaket, Kinderzuschlag und Wohngeld bekommen. ' +
      'Die Lotsinnen sind beim Sozialamt beschäftigt, kennen die Anträge genau und können Unterlagen mit Einwilligung direkt weiterleiten. ' +
      'Außerdem zeigen sie Kita-Teams, woran sie Familien mit Anspruch erkennen und wie sie sie ansprechen können. ' +
      'In den beteiligten Stadtteilen werden Zuschüsse für Mittagessen, Ausflüge und Lernförderung deutlich häufiger abgerufen.',
    handlungsfelder: ['beratung', 'elternarbeit'],
    altersphasen: ['3-5', '6-9'],
    zielgruppen: ['Familien mit geringem Einkommen', 'Eltern von Kita- und Grundschulkindern'],
    ressourcen: {
      personal: '1,5 Stellen Sachbearbeitung im Sozialamt, verteilt auf drei Lotsinnen',
      geld: 'rund 95.000 € im Jahr, kommunal',
      raeume: 'Sprechzimmer in den Familienzentren',
    },
    seit: 2017,
    kontakt: { name: 'Heike Strothmann', funktion: 'Teamleitung Bildung und Teilhabe, Sozialamt', email: 'heike.strothmann@example.org' },
    links: [],
    kontext: [
      { frage: 'inst-12', antwort: 'Eltern unterschreiben eine Einwilligung, damit die Lotsin Unterlagen direkt an die Leistungsstelle geben darf.' },
      { frage: 'indi-17', antwort: 'Die Lotsinnen kommen aus der Leistungssachbearbeitung und kennen das Recht sehr genau – das war der Schlüssel.' },
      { frage: 'proj-05', antwort: 'Je Familienzentrum eine Sprechstunde pro Woche über drei Stunden, zur Bringzeit am Vormittag.' },
      {
        frage: 'disk-11',
        antwort: 'Die Familienzentren befürchteten anfangs, das Amt komme zur Kontrolle. Wir haben die Sprechstunde klar als freiwillige Hilfe angekündigt.',
      },
    ],
  },

  // ── Dormagen ─────────────────────────────────────────────────────────────────────────────
  {
    id: 'p08',
    kommune: 'dormagen',
    titel: 'Babybegrüßungsdienst: Willkommensbesuch für alle Neugeborenen',
    beschreibung:
      'Alle Familien mit einem neugeborenen Kind erhalten einen Brief des Bürgermeisters und das Angebot eines Hausbesuchs durch eine Fachkraft des Jugendamts. ' +
      'Beim Willkommensbesuch bringt die Fachkraft ein Begrüßungspaket mit Informationen zu Angeboten vor Ort, Gutscheinen für Elternkurse und einem Bilderbuch mit, beantwortet Fragen und vermittelt bei Bedarf in Frühe Hilfen, Hebammenhilfe oder Beratung. ' +
      'Der Besuch ist freiwillig und ausdrücklich als Service gedacht, nicht als Kontrolle. ' +
      'Über 90 Prozent der Familien nehmen ihn an, und viele melden sich später von selbst, wenn sie Unterstützung brauchen.',
    handlungsfelder: ['elternarbeit', 'beratung'],
    altersphasen: ['0-2'],
    zielgruppen: ['Familien mit Neugeborenen'],
    ressourcen: {
      personal: '2 Fachkräfte der Sozialen Arbeit mit zusammen 1,2 Stellen',
      geld: 'rund 85.000 € im Jahr einschließlich Begrüßungspaketen',
      raeume: 'Büro im Familienbüro, Dienstwagen oder Dienstfahrrad',
    },
    seit: 2006,
    kontakt: { name: 'Andrea Pütz', funktion: 'Koordination Frühe Hilfen, Fachbereich Schule, Jugend und Soziales', email: 'andrea.puetz@example.org' },
    links: ['https://example.org/dormagen/babybegruessung'],
    kontext: [
      {
        frage: 'inst-14',
        antwort: 'Die Besuche macht ein eigenes Team im Jugendamt, bewusst getrennt vom Allgemeinen Sozialen Dienst, damit der Besuch nicht mit Kinderschutz verwechselt wird.',
      },
      { frage: 'disk-01', antwort: 'Der damalige Bürgermeister hat das Angebot zur Chefsache gemacht; bis heute unterschreibt die Verwaltungsspitze den Begrüßungsbrief.' },
      {
        frage: 'proj-07',
        antwort: 'Die Adressen kommen aus dem Melderegister. Familien erhalten einen Terminvorschlag, den sie ändern oder absagen können.',
      },
      { frage: 'sozr-22', antwort: 'Etwa 550 Geburten im Jahr – das schaffen zwei Fachkräfte gut.' },
      { frage: 'indi-14', antwort: 'Wir kommen als Gäste und fragen, was die Familie braucht. Bewertungen haben beim Besuch nichts zu suchen.' },
    ],
  },
  {
    id: 'p09',
    kommune: 'dormagen',
    titel: 'Elternbesuch zum ersten Geburtstag',
    beschreibung:
      'Rund um den ersten Geburtstag lädt das Familienbüro alle Familien zu einem zweiten Kontakt ein – als Hausbesuch oder als Treffen im Familienzentrum des Stadtteils. ' +
      'Die Fachkräfte sprechen über Entwicklung, Schlaf, Sprache und Ernährung, informieren über Kita-Anmeldung und Kindertagespflege und laden in Eltern-Kind-Gruppen ein. ' +
      'Familien, die beim ersten Besuch nach der Geburt nicht erreicht wurden, bekommen so eine zweite Chance. ' +
      'Seitdem melden sich deutlich mehr Familien rechtzeitig für einen Kita-Platz an, und die Eltern-Kind-Gruppen sind besser besucht.',
    handlungsfelder: ['elternarbeit', 'beratung', 'uebergaenge'],
    altersphasen: ['0-2'],
    zielgruppen: ['Familien mit einjährigen Kindern'],
    ressourcen: {
      personal: '0,5 Stelle zusätzlich im Team Babybegrüßung',
      geld: 'rund 30.000 € im Jahr',
      raeume: 'Familienzentren als Treffpunkt',
    },
    seit: 2012,
    kontakt: { name: 'Andrea Pütz', funktion: 'Koordination Frühe Hilfen, Fachbereich Schule, Jugend und Soziales', email: 'andrea.puetz@example.org' },
    links: [],
    kontext: [
      {
        frage: 'proj-07',
        antwort: 'Einladung per Post zum ersten Geburtstag mit Rückantwortkarte und Telefonnummer; nach vier Wochen eine freundliche Erinnerung.',
      },
      { frage: 'proj-06', antwort: 'Etwa zwei Drittel der Familien nehmen den zweiten Kontakt an.' },
      { frage: 'sozr-12', antwort: 'In jedem Stadtteil gibt es ein Familienzentrum; nur deshalb ist das Treffen außerhalb der Wohnung möglich.' },
      { frage: 'indi-21', antwort: 'Viele Familien kennen die Fachkraft schon vom ersten Besuch. Wir achten darauf, dass dieselbe Person wiederkommt.' },
    ],
  },
  {
    id: 'p10',
    kommune: 'dormagen',
    titel: 'Verantwortungsgemeinschaft von Schule und Jugendhilfe im Stadtteil',
    beschreibung:
      'Stadt und Schulen haben eine Bildungsvereinbarung geschlossen, in der Schule, Jugendhilfe, Offener Ganztag und Schulsozialarbeit gemeinsame Ziele für jeden Stadtteil festlegen. ' +
      'In vier Stadtteilkonferenzen pro Jahr treffen sich Schulleitungen, Kita-Leitungen, Allgemeiner Sozialer Dienst, Jugendzentren und Träger, werten Daten aus und verabreden konkrete Vorhaben, etwa Sprechstunden des Sozialen Dienstes in Schulen. ' +
      'Ein Koordinator im Fachbereich Schule, Jugend und Soziales bereitet die Konferenzen vor und hält nach, was vereinbart wurde. ' +
      'Die Schulen kennen ihre Ansprechpersonen in der Jugendhilfe heute persönlich, und Hilfen kommen früher an.',
    handlungsfelder: ['sozialraum', 'beratung', 'betreuung'],
    altersphasen: ['3-5', '6-9', '10-15'],
    zielgruppen: ['Schulleitungen', 'Kita-Leitungen', 'Fachkräfte der Jugendhilfe'],
    ressourcen: {
      personal: '0,5 Stelle Koordination',
      geld: 'rund 10.000 € im Jahr für Konferenzen und externe Moderation',
      raeume: 'wechselnde Schulen als Gastgeber',
    },
    seit: 2010,
    kontakt: { name: 'Michael Esser', funktion: 'Koordinator Bildung und Prävention', email: 'michael.esser@example.org' },
    links: ['https://example.org/dormagen/bildungsvereinbarung'],
    kontext: [
      { frage: 'inst-03', antwort: 'Schule, Jugend und Soziales liegen in einem Fachbereich; das erleichtert die gemeinsame Verantwortung sehr.' },
      {
        frage: 'disk-04',
        antwort: 'Ausgehandelt wurde ein Jahr lang in einer Arbeitsgruppe: Wer hat den Hut bei Schulabsentismus, wer bei Kinderschutz, wer bei Elternarbeit?',
      },
      { frage: 'disk-19', antwort: 'Unsere Regel: Kein Kind wird ohne Übergabegespräch von einer Stelle an die nächste weitergereicht.' },
      { frage: 'inst-07', antwort: 'Die Bildungsvereinbarung haben Schulausschuss und Jugendhilfeausschuss beschlossen.' },
      { frage: 'indi-13', antwort: 'Der Koordinator sitzt zwischen den Stühlen und öffnet Türen – ohne ihn würden die Konferenzen einschlafen.' },
    ],
  },
  {
    id: 'p11',
    kommune: 'dormagen',
    titel: 'Familienpatenschaften: Ehrenamtliche begleiten Familien im Alltag',
    beschreibung:
      'Geschulte Ehrenamtliche begleiten Familien mit kleinen Kindern, die in ihrem Umfeld wenig Unterstützung haben, für etwa ein Jahr – bei Arztbesuchen und Behördengängen, auf dem Spielplatz oder einfach mit einem offenen Ohr. ' +
      'Der Kinderschutzbund vermittelt die Patenschaften, schult die Ehrenamtlichen in 30 Stunden und lädt monatlich zum Austausch ein. ' +
      'Die Patenschaft ist keine Jugendhilfeleistung und bewusst niedrigschwellig; zeigt sich Überforderung, holen die Koordinatorinnen professionelle Hilfe dazu. ' +
      'Jedes Jahr kommen rund 35 Patenschaften zustande.',
    handlungsfelder: ['elternarbeit', 'praevention'],
    altersphasen: ['0-2', '3-5', '6-9'],
    zielgruppen: ['Familien mit kleinen Kindern ohne familiäres Netz', 'Ehrenamtliche'],
    ressourcen: {
      personal: '0,75 Stelle Koordination beim Kinderschutzbund, rund 40 Ehrenamtliche',
      geld: 'rund 45.000 € im Jahr aus kommunalen Mitteln und Stiftungsgeld',
      raeume: 'Treffpunkt beim Kinderschutzbund',
    },
    seit: 2009,
    kontakt: { name: 'Gabriele Lenzen', funktion: 'Koordinatorin Familienpatenschaften, Kinderschutzbund', email: 'gabriele.lenzen@example.org' },
    links: [],
    kontext: [
      {
        frage: 'indi-10',
        antwort: 'Ehrenamtliche finden wir über Kirchengemeinden, die Freiwilligenbörse und frühere Patinnen. Die Schulung umfasst 30 Stunden an fünf Samstagen.',
      },
      { frage: 'inst-05', antwort: 'Der Ortsverband des Kinderschutzbundes ist seit Jahrzehnten in der Stadt verankert und gut vernetzt.' },
      { frage: 'proj-22', antwort: 'In der Regel ein Jahr, nach Absprache auch länger.' },
      { frage: 'indi-15', antwort: 'Die Ehrenamtlichen haben monatliche Reflexionstreffen und können die Koordinatorin jederzeit anrufen.' },
    ],
  },

  // ── Dortmund ─────────────────────────────────────────────────────────────────────────────
  {
    id: 'p12',
    kommune: 'dortmund',
    titel: 'Familienzentren im Sozialraumverbund',
    beschreibung:
      'Mehrere Familienzentren eines Stadtbezirks haben sich zu einem Verbund zusammengeschlossen und stimmen ihre Angebote ab: Jede Einrichtung übernimmt Schwerpunkte wie Erziehungsberatung, Elternkurse, Deutschkurse für Mütter oder Angebote für Väter. ' +
      'Eine Verbundkoordination pflegt einen gemeinsamen Programmkalender, organisiert offene Sprechstunden der Erziehungsberatungsstelle und bindet Hebammen, Kinderarztpraxen und das Jobcenter ein. ' +
      'Familien können alle Angebote im Verbund nutzen, unabhängig davon, welche Kita ihr Kind besucht. ' +
      'Seit der Gründung nehmen deutlich mehr Eltern Beratung in Anspruch.',
    handlungsfelder: ['elternarbeit', 'beratung', 'sozialraum'],
    altersphasen: ['0-2', '3-5'],
    zielgruppen: ['Familien mit Kindern bis sechs Jahre', 'werdende Eltern'],
    ressourcen: {
      personal: '0,5 Stelle Verbundkoordination, Leitungszeit der Familienzentren',
      geld: 'rund 60.000 € im Jahr zusätzlich zur Landesförderung der Familienzentren',
      raeume: 'Räume der beteiligten Kitas, ein Gruppenraum mit Küche',
    },
    seit: 2012,
    kontakt: { name: 'Tobias Krämer', funktion: 'Verbundkoordination Familienzentren', email: 'tobias.kraemer@example.org' },
    links: ['https://example.org/dortmund/familienzentren-verbund'],
    kontext: [
      { frage: 'inst-19', antwort: 'Die Familienzentren werden nach dem Landesprogramm gefördert; der Verbund ist eine kommunale Ergänzung.' },
      {
        frage: 'sozr-03',
        antwort: 'Im Bezirk haben über 60 Prozent der Kinder eine Einwanderungsgeschichte; häufige Familiensprachen sind Türkisch, Arabisch, Bulgarisch und Rumänisch.',
      },
      { frage: 'disk-22', antwort: 'Anfangs konkurrierten die Träger um dieselben Familien; die Aufteilung der Schwerpunkte hat das entschärft.' },
      { frage: 'proj-11', antwort: 'Elternkurse auf Deutsch, Türkisch und Arabisch; für Beratungen buchen wir Sprachmittlerinnen über einen städtischen Pool.' },
    ],
  },
  {
    id: 'p13',
    kommune: 'dortmund',
    titel: 'Forscherwerkstatt: MINT im Offenen Ganztag',
    beschreibung:
      'An zwölf Grundschulen gibt es eine Forscherwerkstatt, in der Kinder im Offenen Ganztag einmal pro Woche experimentieren, bauen und erste Schritte im Programmieren machen. ' +
      'Betreut werden die Werkstätten von pädagogischen Fachkräften des Ganztags, die eine Fortbildungsreihe mit der Hochschule und einem Science Center durchlaufen haben. ' +
      'Materialkisten zu Wasser, Strom, Magnetismus und einfachen Robotern wandern zwischen den Schulen. ' +
      'Mädchen und Kinder aus Familien ohne akademischen Hintergrund nehmen genauso häufig teil wie andere, weil die Werkstatt fester Teil des Ganztags ist und kein Zusatzangebot für ohnehin Interessierte.',
    handlungsfelder: ['mint', 'betreuung'],
    altersphasen: ['6-9'],
    zielgruppen: ['Grundschulkinder im Offenen Ganztag', 'Fachkräfte im Ganztag'],
    ressourcen: {
      personal: '2 Stunden pro Woche und Schule aus dem Ganztagsbudget, 0,25 Stelle Koordination',
      geld: 'rund 40.000 € im Jahr für Material und Fortbildung, zum Teil Stiftungsmittel',
      raeume: 'ein Werkraum oder Klassenraum mit Wasseranschluss',
    },
    seit: 2015,
    kontakt: { name: 'Dr. Nadine Schulte', funktion: 'Regionales Bildungsbüro', email: 'nadine.schulte@example.org' },
    links: ['https://example.org/dortmund/forscherwerkstatt'],
    kontext: [
      {
        frage: 'indi-07',
        antwort: 'Sechs Fortbildungsnachmittage im ersten Jahr, danach zwei Auffrischungen jährlich. Viele Fachkräfte hatten vorher Angst vor Naturwissenschaften.',
      },
      { frage: 'proj-08', antwort: 'Materialkisten und Anleitungen geben wir gern weiter; einige Kisten stammen von einer Stiftung und sind frei nutzbar.' },
      { frage: 'proj-03', antwort: 'Ganztagsbudget der Schulen, Fortbildungen über eine Stiftung, Koordination aus kommunalen Mitteln.' },
      { frage: 'inst-10', antwort: 'Das Regionale Bildungsbüro koordiniert, organisiert die Fortbildungen und verwaltet die Materialkisten.' },
    ],
  },
  {
    id: 'p14',
    kommune: 'dortmund',
    titel: 'Suchtprävention in den Jahrgängen 7 und 8',
    beschreibung:
      'Die Fachstelle für Suchtvorbeugung führt an weiterführenden Schulen ein Programm mit vier Modulen durch: Alkohol, Nikotin und E-Zigaretten, Cannabis sowie Mediennutzung und Glücksspiel. ' +
      'Die Module gestalten Fachkräfte der Suchtprävention gemeinsam mit Lehrkräften und Schulsozialarbeit – mit Mitmachstationen und einer Einheit, in der ältere Schülerinnen und Schüler von ihren Erfahrungen berichten. ' +
      'Zu jedem Durchgang gehört ein Elternabend, der in mehreren Sprachen angeboten wird. ' +
      'Befragungen vor und nach dem Programm zeigen mehr Wissen über Risiken und eine kritischere Haltung gegenüber Gruppendruck.',
    handlungsfelder: ['praevention', 'gesundheit'],
    altersphasen: ['10-15'],
    zielgruppen: ['Schülerinnen und Schüler der Jahrgänge 7 und 8', 'Eltern', 'Lehrkräfte'],
    ressourcen: {
      personal: '2 Fachkräfte der Suchtprävention mit je einer halben Stelle',
      geld: 'rund 70.000 € im Jahr, kommunal und aus Mitteln der Krankenkassen',
      raeume: 'Klassenräume und Aula der Schulen',
    },
    seit: 2014,
    kontakt: { name: 'Stefan Hülsmann', funktion: 'Fachstelle für Suchtvorbeugung, Gesundheitsamt', email: 'stefan.huelsmann@example.org' },
    links: [],
    kontext: [
      { frage: 'proj-05', antwort: 'Vier Doppelstunden je Klasse, über ein Halbjahr verteilt, dazu ein Elternabend.' },
      {
        frage: 'inst-15',
        antwort: 'Zwei Krankenkassen finanzieren einen Teil über das Präventionsgesetz; Grundlage ist eine Vereinbarung mit dem Gesundheitsamt.',
      },
      { frage: 'proj-10', antwort: 'Kurzer Fragebogen vor dem ersten und nach dem letzten Modul; die Auswertung macht die Fachstelle selbst.' },
      { frage: 'disk-12', antwort: 'Wir sprechen von „Risikokompetenz“ statt von Drogenaufklärung; das nimmt Eltern und Schulen die Sorge vor Stigmatisierung.' },
    ],
  },
  {
    id: 'p15',
    kommune: 'dortmund',
    titel: 'Elternbegleitung beim Wechsel auf die weiterführende Schule',
    beschreibung:
      'In Stadtteilen mit vielen neu zugewanderten Familien begleiten mehrsprachige Elternbegleiterinnen Familien im vierten Schuljahr durch die Schulwahl. ' +
      'Sie erklären das Schulsystem, gehen mit Eltern zu Tagen der offenen Tür, helfen beim Anmeldeverfahren und bleiben bis zu den Herbstferien der fünften Klasse ansprechbar. ' +
      'Die Elternbegleiterinnen arbeiten bei einem Migrantenverein und werden über die Klassenlehrkraft der Grundschule vermittelt. ' +
      'Seitdem steht nach dem Anmeldeverfahren kaum noch ein Kind ohne Schulplatz da.',
    handlungsfelder: ['uebergaenge', 'elternarbeit'],
    altersphasen: ['6-9', '10-15'],
    zielgruppen: ['Eltern von Kindern im vierten Schuljahr', 'neu zugewanderte Familien'],
    ressourcen: {
      personal: '5 Elternbegleiterinnen auf Honorarbasis, 0,25 Stelle Koordination',
      geld: 'rund 55.000 € im Jahr aus Landesmitteln für Integration und kommunalen Mitteln',
      raeume: 'Räume in Grundschulen und im Vereinsheim',
    },
    seit: 2016,
    kontakt: { name: 'Elena Dimitrova', funktion: 'Projektkoordination im Migrantenverein', email: 'elena.dimitrova@example.org' },
    links: [],
    kontext: [
      {
        frage: 'inst-05',
        antwort: 'Der Verein ist seit vielen Jahren in der Elternarbeit aktiv und genießt besonders bei bulgarisch- und rumänischsprachigen Familien Vertrauen.',
      },
      { frage: 'indi-04', antwort: 'Die Begleiterinnen sprechen zusammen Bulgarisch, Rumänisch, Türkisch, Arabisch und Romanes.' },
      { frage: 'disk-23', antwort: 'Der Verein saß von Anfang an in der Planungsgruppe. Ohne ihn hätten wir die Familien nicht erreicht.' },
      { frage: 'proj-07', antwort: 'Die Klassenlehrkräfte sprechen Eltern beim Elternsprechtag an und stellen den Kontakt her.' },
    ],
  },

  // ── Duisburg ─────────────────────────────────────────────────────────────────────────────
  {
    id: 'p16',
    kommune: 'duisburg',
    titel: 'Gesundheitslotsinnen für neu zugewanderte Familien',
    beschreibung:
      'Gesundheitslotsinnen mit Kenntnissen in Bulgarisch, Rumänisch und Romanes helfen neu zugewanderten Familien aus Südosteuropa, den Weg in die Gesundheitsversorgung zu finden. ' +
      'Sie klären mit den Familien den Krankenversicherungsschutz, begleiten zu Kinderarztpraxen, erinnern an Vorsorgeuntersuchungen und Impfungen und vermitteln Schwangere an Hebammen. ' +
      'Die Lotsinnen gehören zum Gesundheitsamt und halten Sprechstunden in zwei Stadtteilbüros und einem Familienzentrum. ' +
      'Bei der Schuleingangsuntersuchung haben Kinder aus begleiteten Familien deutlich häufiger einen vollständigen Impfstatus.',
    handlungsfelder: ['gesundheit', 'beratung'],
    altersphasen: ['0-2', '3-5', '6-9'],
    zielgruppen: ['neu zugewanderte Familien aus Südosteuropa', 'Schwangere', 'Kinder ohne Krankenversicherungsschutz'],
    ressourcen: {
      personal: '4 Gesundheitslotsinnen mit zusammen 3 Stellen, ärztliche Anbindung im Kinder- und Jugendgesundheitsdienst',
      geld: 'rund 210.000 € im Jahr, kommunal und aus Landesmitteln',
      raeume: 'Sprechzimmer in Stadtteilbüros und im Familienzentrum',
    },
    seit: 2015,
    kontakt: { name: 'Dr. Ayşe Kaya', funktion: 'Kinder- und Jugendgesundheitsdienst, Gesundheitsamt', email: 'ayse.kaya@example.org' },
    links: ['https://example.org/duisburg/gesundheitslotsinnen'],
    kontext: [
      { frage: 'sozr-14', antwort: 'Im Einzugsgebiet ziehen jedes Jahr viele Familien zu und wieder weg; Kontakte reißen schnell ab.' },
      { frage: 'sozr-18', antwort: 'Es gibt zu wenige Kinderarztpraxen, die neue Patientinnen und Patienten aufnehmen; wir haben feste Absprachen mit drei Praxen.' },
      { frage: 'indi-11', antwort: 'Zwei Lotsinnen sind selbst vor Jahren zugewandert. Das schafft Vertrauen, das keine Broschüre ersetzt.' },
      {
        frage: 'inst-01',
        antwort: 'Die Lotsinnen gehören zum Gesundheitsamt; die Koordination der Präventionskette liegt im Jugendamt. Beide Ämter sind im selben Dezernat.',
      },
      { frage: 'proj-11', antwort: 'Beratung auf Bulgarisch, Rumänisch, Romanes und Deutsch; für Arabisch nutzen wir den Dolmetscherpool der Stadt.' },
    ],
  },
  {
    id: 'p17',
    kommune: 'duisburg',
    titel: 'Rucksack Kita: mehrsprachige Elterngruppen zur Sprachförderung',
    beschreibung:
      'Mütter und Väter treffen sich einmal pro Woche in der Kita mit einer zweisprachigen Elternbegleiterin und bearbeiten in ihrer Familiensprache dieselben Themen, die ihre Kinder gerade in der Kita erleben. ' +
      'Zu Hause spielen, lesen und sprechen sie mit ihren Kindern darüber, während die Kita parallel auf Deutsch arbeitet. ' +
      'So wird die Erstsprache als Fundament für das Deutschlernen gestärkt, und Eltern und Kita-Team kommen miteinander in Kontakt. ' +
      'Viele Mütter besuchen danach weitere Angebote im Familienzentrum oder einen Deutschkurs.',
    handlungsfelder: ['sprachfoerderung', 'elternarbeit'],
    altersphasen: ['3-5'],
    zielgruppen: ['Eltern mit einer anderen Familiensprache als Deutsch', 'Kita-Kinder'],
    ressourcen: {
      personal: '12 Elternbegleiterinnen auf Honorarbasis, 0,5 Stelle Koordination im Kommunalen Integrationszentrum',
      geld: 'rund 75.000 € im Jahr',
      raeume: 'Gruppenraum in der Kita, Nebenraum für die Betreuung jüngerer Geschwister',
    },
    seit: 2010,
    kontakt: { name: 'Fatma Yıldırım', funktion: 'Kommunales Integrationszentrum', email: 'fatma.yildirim@example.org' },
    links: [],
    kontext: [
      { frage: 'proj-08', antwort: 'Wir arbeiten mit den Rucksack-Materialien, die über die Kommunalen Integrationszentren in NRW erhältlich sind.' },
      { frage: 'proj-15', antwort: 'Während der Gruppe betreut eine Kita-Kraft die jüngeren Geschwister im Nebenraum.' },
      { frage: 'indi-22', antwort: 'Neue Elternbegleiterinnen hospitieren ein halbes Jahr in einer laufenden Gruppe, bevor sie eine eigene übernehmen.' },
      { frage: 'inst-01', antwort: 'Das Programm koordiniert das Kommunale Integrationszentrum, nicht das Jugendamt; Absprachen mit den Kita-Trägern laufen über die Fachberatungen.' },
    ],
  },
  {
    id: 'p18',
    kommune: 'duisburg',
    titel: 'Jugendberufsagentur unter einem Dach',
    beschreibung:
      'Agentur für Arbeit, Jobcenter, Jugendamt und Schulverwaltung haben ihre Beratung für junge Menschen unter 25 Jahren an einem Standort gebündelt. ' +
      'Jugendliche müssen nicht mehr von Amt zu Amt laufen: Eine Erstberatung klärt, ob Berufsberatung, Leistungen nach dem SGB II, Jugendhilfe oder ein schulischer Weg passt, und übergibt den Fall im Haus. ' +
      'Schwierige Verläufe werden in einer gemeinsamen Fallkonferenz besprochen; eine Vereinbarung regelt, welche Informationen mit Einwilligung geteilt werden. ' +
      'Seit der Gründung ist die Zahl der Jugendlichen, deren Verbleib nach der Schule unbekannt ist, deutlich gesunken.',
    handlungsfelder: ['berufsorientierung', 'beratung', 'uebergaenge'],
    altersphasen: ['16-18', '19-24'],
    zielgruppen: ['Jugendliche und junge Erwachsene unter 25 Jahren', 'Schulabgängerinnen und Schulabgänger ohne Anschluss'],
    ressourcen: {
      personal: 'rund 40 Beschäftigte der beteiligten Institutionen, 1 Stelle Koordination',
      geld: 'laufende Kosten überwiegend aus den Budgets der Partner; rund 120.000 € im Jahr kommunal für Koordination und Räume',
      raeume: 'gemeinsames Gebäude mit Empfang, Beratungsräumen und Jugendcafé',
    },
    seit: 2016,
    kontakt: { name: 'Markus Terhorst', funktion: 'Koordination Jugendberufsagentur', email: 'markus.terhorst@example.org' },
    links: ['https://example.org/duisburg/jugendberufsagentur'],
    kontext: [
      {
        frage: 'inst-15',
        antwort: 'Grundlage ist eine Kooperationsvereinbarung der vier Partner; jede Institution behält ihre Zuständigkeit und ihre Fachaufsicht.',
      },
      { frage: 'inst-12', antwort: 'Eine gemeinsame Einwilligungserklärung erlaubt den Austausch im Haus; ohne sie wird nur anonym beraten.' },
      {
        frage: 'disk-14',
        antwort: 'Die Datenschutzbeauftragten aller Partner saßen früh mit am Tisch. Das hat länger gedauert, aber spätere Blockaden verhindert.',
      },
      { frage: 'proj-09', antwort: 'Von der ersten Absichtserklärung bis zum Umzug vergingen gut zwei Jahre.' },
      { frage: 'indi-09', antwort: 'Am Anfang prallten Verwaltungskulturen aufeinander; gemeinsame Teamtage und eine externe Moderation haben geholfen.' },
    ],
  },
  {
    id: 'p19',
    kommune: 'duisburg',
    titel: 'Sprachcafé für Jugendliche aus internationalen Vorbereitungsklassen',
    beschreibung:
      'Jugendliche, die neu nach Deutschland gekommen sind und eine internationale Vorbereitungsklasse besuchen, treffen sich zweimal pro Woche nachmittags im Jugendzentrum zum Sprachcafé. ' +
      'Studierende und ehrenamtliche Lernbegleiterinnen üben mit ihnen Alltagsdeutsch, helfen bei Hausaufgaben und unternehmen gemeinsame Ausflüge in die Stadt. ' +
      'Jugendzentrum und Schulen stimmen sich über die Klassenlehrkräfte ab, damit Themen aus dem Unterricht aufgegriffen werden. ' +
      'Über das Sprachcafé finden viele Jugendliche Anschluss an Sportvereine und weitere Freizeitangebote.',
    handlungsfelder: ['sprachfoerderung', 'soziale-kompetenzen', 'sozialraum'],
    altersphasen: ['10-15', '16-18'],
    zielgruppen: ['neu zugewanderte Jugendliche', 'Schülerinnen und Schüler internationaler Vorbereitungsklassen'],
    ressourcen: {
      personal: '0,5 Stelle Jugendarbeit, rund 15 Studierende und Ehrenamtliche',
      geld: 'rund 25.000 € im Jahr, überwiegend für Aufwandsentschädigungen',
      raeume: 'Jugendzentrum mit Gruppenraum und Küche',
    },
    seit: 2017,
    kontakt: { name: 'Kevin Nowak', funktion: 'Jugendzentrum, Träger der offenen Jugendarbeit', email: 'kevin.nowak@example.org' },
    links: [],
    kontext: [
      { frage: 'indi-10', antwort: 'Die Studierenden kommen über ein Seminar der Universität, das das Engagement als Praxisleistung anerkennt.' },
      { frage: 'sozr-12', antwort: 'Das Jugendzentrum liegt zwischen zwei Schulen mit Vorbereitungsklassen; ohne diese Nähe kämen viel weniger Jugendliche.' },
      { frage: 'proj-05', antwort: 'Dienstags und donnerstags von 15 bis 17.30 Uhr, in den Ferien einmal pro Woche mit Ausflug.' },
    ],
  },

  // ── Düsseldorf ───────────────────────────────────────────────────────────────────────────
  {
    id: 'p20',
    kommune: 'duesseldorf',
    titel: 'Stadtteilmütter: Migrantinnen begleiten Familien im Quartier',
    beschreibung:
      'Frauen mit Einwanderungsgeschichte werden in einem sechsmonatigen Kurs zu Stadtteilmüttern qualifiziert und besuchen anschließend Familien in ihrem Quartier. ' +
      'In rund zehn Hausbesuchen sprechen sie in der Familiensprache über Erziehung, Sprachentwicklung, Gesundheit, Kita und Schule und begleiten Familien zu Angeboten im Stadtteil. ' +
      'Die Stadtteilmütter sind sozialversicherungspflichtig beschäftigt und werden von zwei Sozialpädagoginnen angeleitet. ' +
      'Viele besuchte Familien melden ihre Kinder danach früher in der Kita an, und einige Stadtteilmütter haben über das Projekt selbst eine Ausbildung begonnen.',
    handlungsfelder: ['elternarbeit', 'sozialraum', 'sprachfoerderung'],
    altersphasen: ['0-2', '3-5', '6-9'],
    zielgruppen: ['Familien mit Einwanderungsgeschichte', 'Mütter mit kleinen Kindern', 'Frauen, die als Stadtteilmütter arbeiten'],
    ressourcen: {
      personal: '12 Stadtteilmütter in Teilzeit, 2 Stellen sozialpädagogische Anleitung',
      geld: 'rund 350.000 € im Jahr, kommunal sowie Mittel des Jobcenters für die Beschäftigung',
      raeume: 'Büro im Stadtteilzentrum, Besuche in den Wohnungen der Familien',
    },
    seit: 2014,
    kontakt: { name: 'Leyla Demir', funktion: 'Projektleitung Stadtteilmütter', email: 'leyla.demir@example.org' },
    links: ['https://example.org/duesseldorf/stadtteilmuetter'],
    kontext: [
      { frage: 'indi-21', antwort: 'Die Stadtteilmütter kommen aus denselben Straßen wie die Familien; ihnen wird Vertrauen geschenkt, das Fachkräften oft fehlt.' },
      { frage: 'proj-18', antwort: 'Formal verlangen wir keine Berufsausbildung, aber gute Deutschkenntnisse und den erfolgreich abgeschlossenen Qualifizierungskurs.' },
      { frage: 'inst-15', antwort: 'Das Jobcenter fördert die Beschäftigung der Stadtteilmütter; die Stadt trägt Anleitung und Sachkosten.' },
      { frage: 'indi-15', antwort: 'Wöchentliche Teamsitzung und monatliche Supervision; schwierige Situationen werden sofort mit der Anleitung besprochen.' },
      { frage: 'sozr-03', antwort: 'In den beiden Quartieren sind Türkisch, Arabisch, Polnisch und Farsi die häufigsten Familiensprachen.' },
    ],
  },
  {
    id: 'p21',
    kommune: 'duesseldorf',
    titel: 'Medienscouts: Schülerinnen und Schüler beraten Gleichaltrige',
    beschreibung:
      'An weiterführenden Schulen werden je vier bis sechs Jugendliche aus den Klassen 8 und 9 zu Medienscouts ausgebildet. ' +
      'Sie beraten Jüngere zu Cybermobbing, Datenschutz in sozialen Netzwerken, Kostenfallen und Computerspielen, gestalten Projekttage in den fünften Klassen und wirken an Elternabenden mit. ' +
      'Begleitet werden sie von einer Beratungslehrkraft und der Schulsozialarbeit, die an der Qualifizierung teilgenommen haben. ' +
      'Die Schulen berichten, dass Konflikte aus Klassenchats früher gemeldet und schneller bearbeitet werden.',
    handlungsfelder: ['medienbildung', 'praevention', 'soziale-kompetenzen'],
    altersphasen: ['10-15'],
    zielgruppen: ['Schülerinnen und Schüler der Sekundarstufe I', 'Eltern', 'Beratungslehrkräfte'],
    ressourcen: {
      personal: 'je Schule 2 Begleitpersonen mit zusammen 2 Wochenstunden, Qualifizierung durch das Medienzentrum',
      geld: 'rund 8.000 € im Jahr für Qualifizierung und Material',
      raeume: 'ein Raum für die Sprechstunde der Medienscouts in jeder Schule',
    },
    seit: 2015,
    kontakt: { name: 'Christian Albers', funktion: 'Medienzentrum, Medienberatung', email: 'christian.albers@example.org' },
    links: [],
    kontext: [
      { frage: 'proj-08', antwort: 'Wir nutzen das frei verfügbare Medienscouts-Curriculum der Landesanstalt für Medien und ergänzen eigene Fallbeispiele.' },
      { frage: 'disk-10', antwort: 'Die Schulleitung muss den Scouts Zeit und Sichtbarkeit geben, etwa eine feste Pausensprechstunde – sonst verpufft es.' },
      { frage: 'indi-12', antwort: 'Jedes Jahr verlassen Scouts die Schule; deshalb bilden wir jährlich nach und die Älteren leiten die Neuen an.' },
    ],
  },
  {
    id: 'p22',
    kommune: 'duesseldorf',
    titel: 'Jugendräte und Kinderkonferenzen in den Stadtbezirken',
    beschreibung:
      'In jedem Stadtbezirk wählen Kinder und Jugendliche von 12 bis 18 Jahren einen Jugendrat, der zu allen Vorhaben der Bezirksvertretung, die junge Menschen betreffen, angehört wird. ' +
      'Für Jüngere gibt es zweimal im Jahr Kinderkonferenzen in Grundschulen, bei denen Kinder Spielplätze, Schulwege und Treffpunkte bewerten. ' +
      'Das Jugendamt stellt eine Fachkraft für Beteiligung, die Sitzungen vorbereitet und dafür sorgt, dass Politik und Verwaltung auf jeden Vorschlag schriftlich antworten. ' +
      'So wurden unter anderem ein Bolzplatz erneuert, Schulwege besser beleuchtet und die Öffnungszeiten eines Jugendtreffs verlängert.',
    handlungsfelder: ['demokratiebildung', 'sozialraum'],
    altersphasen: ['6-9', '10-15', '16-18'],
    zielgruppen: ['Kinder und Jugendliche', 'Bezirksvertretungen'],
    ressourcen: {
      personal: '1 Stelle Beteiligungsfachkraft im Jugendamt',
      geld: 'rund 90.000 € im Jahr einschließlich eines kleinen Budgets je Jugendrat',
      raeume: 'Sitzungssäle der Bezirksverwaltungsstellen, Aulen der Grundschulen',
    },
    seit: 2013,
    kontakt: { name: 'Paula Neumann', funktion: 'Kinder- und Jugendbeteiligung, Jugendamt', email: 'paula.neumann@example.org' },
    links: ['https://example.org/duesseldorf/jugendraete'],
    kontext: [
      { frage: 'inst-13', antwort: 'Der Rat hat eine Satzung für die Jugendräte beschlossen, die das Anhörungsrecht in den Bezirksvertretungen festschreibt.' },
      { frage: 'disk-02', antwort: 'Die Bezirksbürgermeisterinnen und -bürgermeister waren die wichtigsten Verbündeten; zwei Bezirke haben freiwillig angefangen.' },
      { frage: 'disk-09', antwort: 'Die Geschäftsordnung der Jugendräte haben Jugendliche selbst geschrieben.' },
      { frage: 'proj-20', antwort: 'Wir würden früher verbindlich festlegen, bis wann die Verwaltung antwortet. Lange Wartezeiten haben Jugendliche frustriert.' },
    ],
  },

  // ── Gelsenkirchen ────────────────────────────────────────────────────────────────────────
  {
    id: 'p23',
    kommune: 'gelsenkirchen',
    titel: 'Familiengrundschulzentren: die Grundschule als Ort für die ganze Familie',
    beschreibung:
      'Acht Grundschulen in Stadtteilen mit hoher Kinderarmut wurden zu Familiengrundschulzentren weiterentwickelt. ' +
      'Eine Koordinationskraft je Schule organisiert Elterncafés, Sprechstunden von Erziehungsberatung, Jobcenter und Schulsozialarbeit, Elternkurse und gemeinsame Lernangebote für Eltern und Kinder direkt im Schulgebäude. ' +
      'Die Schule wird für Eltern zu einem vertrauten Ort, an dem sie Unterstützung bekommen, ohne in ein Amt gehen zu müssen. ' +
      'Die Schulen berichten von deutlich mehr Eltern bei Elterngesprächen und Schulfesten und von früherer Hilfe bei Problemen zu Hause.',
    handlungsfelder: ['elternarbeit', 'sozialraum', 'beratung'],
    altersphasen: ['6-9'],
    zielgruppen: ['Eltern von Grundschulkindern', 'Grundschulkinder', 'Lehrkräfte'],
    ressourcen: {
      personal: 'je Schule eine halbe Stelle Koordination beim Träger des Offenen Ganztags',
      geld: 'rund 35.000 € je Schule und Jahr, kommunal und aus Stiftungsmitteln',
      raeume: 'ein Elterncafé-Raum in jeder Schule, gemeinsame Nutzung der Aula',
    },
    seit: 2016,
    kontakt: { name: 'Sandra Kowalski', funktion: 'Bildungsbüro, Koordination Familiengrundschulzentren', email: 'sandra.kowalski@example.org' },
    links: ['https://example.org/gelsenkirchen/familiengrundschulzentren'],
    kontext: [
      { frage: 'sozr-01', antwort: 'In den Einzugsgebieten der acht Schulen lebt mehr als jedes zweite Kind in einer Familie mit SGB-II-Bezug.' },
      { frage: 'disk-10', antwort: 'Die Schulleitung muss die Öffnung wollen – es geht um Schlüssel, Räume und Zeiten. Wir haben mit Schulen angefangen, die sich beworben haben.' },
      { frage: 'proj-04', antwort: 'Ein eigener Raum für das Elterncafé ist unverzichtbar; an zwei Schulen wurde dafür ein Klassenraum umgebaut.' },
      { frage: 'inst-21', antwort: 'Die Koordinationskräfte sind beim OGS-Träger angestellt; die Schulleitung hat die Leitung vor Ort.' },
      { frage: 'disk-12', antwort: 'Wir vermeiden den Begriff „Brennpunktschule“ und sprechen von Schulen mit besonderen Aufgaben im Stadtteil.' },
    ],
  },
  {
    id: 'p24',
    kommune: 'gelsenkirchen',
    titel: 'Junge Mütter im Quartier: Wohnen und Begleitung für Alleinerziehende unter 25',
    beschreibung:
      'Junge alleinerziehende Mütter unter 25 Jahren können in einem Haus mit sechs kleinen Wohnungen leben, in dem eine Sozialpädagogin und eine Familienhebamme tagsüber ansprechbar sind. ' +
      'Neben der Begleitung im Alltag gibt es Gruppenangebote zu Babypflege, Haushalt und Finanzen sowie eine Kooperation mit dem Jobcenter, um Schulabschluss oder Ausbildung wieder aufzunehmen. ' +
      'Für junge Mütter, die in eigenen Wohnungen im Stadtteil leben, ist zweimal pro Woche ein offener Treff geöffnet. ' +
      'Nach dem Auszug haben die meisten Frauen eine eigene Wohnung, und gut die Hälfte ist in Schule, Ausbildung oder Arbeit.',
    handlungsfelder: ['beratung', 'elternarbeit', 'gesundheit'],
    altersphasen: ['0-2', '19-24'],
    zielgruppen: ['junge alleinerziehende Mütter', 'Säuglinge und Kleinkinder'],
    ressourcen: {
      personal: '1 Stelle Sozialpädagogik, 0,5 Stelle Familienhebamme, Hausmeisterdienst',
      geld: 'rund 190.000 € im Jahr, überwiegend Entgelte der Jugendhilfe, Treff aus kommunalen Mitteln',
      raeume: 'Haus mit sechs Appartements, Gemeinschaftsraum mit Küche und Spielzimmer',
    },
    seit: 2013,
    kontakt: { name: 'Birgit Hoffmann', funktion: 'Bereichsleitung beim freien Träger', email: 'birgit.hoffmann@example.org' },
    links: [],
    kontext: [
      { frage: 'sozr-10', antwort: 'In der Stadt leben in fast jedem dritten Haushalt mit Kindern Alleinerziehende; unter 25 Jahren ist der Anteil im Leistungsbezug sehr hoch.' },
      { frage: 'sozr-20', antwort: 'Kleine bezahlbare Wohnungen sind verfügbar; das macht den Auszug leichter als in Städten mit angespanntem Wohnungsmarkt.' },
      { frage: 'inst-15', antwort: 'Mit dem Jobcenter gibt es eine feste Ansprechperson für alle Bewohnerinnen; Termine finden im Haus statt.' },
      { frage: 'proj-22', antwort: 'Die Wohnphase dauert meist ein bis zwei Jahre; den offenen Treff können die Frauen danach weiter nutzen.' },
    ],
  },
  {
    id: 'p25',
    kommune: 'gelsenkirchen',
    titel: 'Praktikumsbörse im Quartier: Betriebe öffnen ihre Türen',
    beschreibung:
      'Eine Koordinatorin im Stadtteilbüro sammelt Praktikumsplätze bei kleinen und mittleren Betrieben im Quartier – Handwerk, Einzelhandel, Pflege, Kfz-Werkstätten – und vermittelt sie an Schülerinnen und Schüler der Klassen 8 bis 10. ' +
      'Vor dem Praktikum gibt es ein kurzes Bewerbungstraining; während des Praktikums besuchen Koordinatorin oder Lehrkräfte die Jugendlichen im Betrieb. ' +
      'Zweimal im Jahr findet ein Betriebserkundungstag statt, an dem Klassen mehrere Betriebe an einem Vormittag kennenlernen. ' +
      'Mehrere Betriebe haben über die Börse Auszubildende gewonnen, die sie sonst nicht gefunden hätten.',
    handlungsfelder: ['berufsorientierung', 'sozialraum'],
    altersphasen: ['10-15', '16-18'],
    zielgruppen: ['Schülerinnen und Schüler der Klassen 8 bis 10', 'kleine und mittlere Betriebe'],
    ressourcen: {
      personal: '0,75 Stelle Koordination im Stadtteilbüro',
      geld: 'rund 50.000 € im Jahr aus Mitteln der Städtebauförderung und kommunalen Mitteln',
      raeume: 'Stadtteilbüro, Betriebe vor Ort',
    },
    seit: 2018,
    kontakt: { name: 'Oliver Brandt', funktion: 'Stadtteilbüro, Übergang Schule–Beruf', email: 'oliver.brandt@example.org' },
    links: ['https://example.org/gelsenkirchen/praktikumsboerse'],
    kontext: [
      { frage: 'sozr-19', antwort: 'Im Quartier gibt es viele Kleinbetriebe im Handwerk und Handel, die selbst keine Ausbildungsmessen besuchen.' },
      { frage: 'sozr-17', antwort: 'Das Quartier ist Fördergebiet der Städtebauförderung; daraus wird die Koordinatorin mitfinanziert.' },
      { frage: 'indi-03', antwort: 'Die Koordinatorin kommt aus dem Einzelhandel und kennt viele Inhaberinnen und Inhaber persönlich – das öffnet Türen.' },
      { frage: 'proj-13', antwort: 'Die Städtebauförderung endet; die Stadt prüft, die Stelle in die Kommunale Koordinierung Übergang Schule–Beruf zu übernehmen.' },
    ],
  },
  {
    id: 'p26',
    kommune: 'gelsenkirchen',
    titel: 'Schulsozialarbeit an allen Grundschulen',
    beschreibung:
      'Alle Grundschulen der Stadt haben eine Fachkraft für Schulsozialarbeit – Schulen mit Sozialindex 7 bis 9 mit voller Stelle, die übrigen mit halber Stelle. ' +
      'Die Fachkräfte arbeiten mit Kindern in Gruppenangeboten zu Gefühlen, Streit und Freundschaft, beraten Eltern und Lehrkräfte und vermitteln in Hilfen des Jugendamts. ' +
      'Sie gehören zu einem städtischen Team mit gemeinsamer Fachberatung und sind zugleich fest in die Kollegien eingebunden. ' +
      'Lehrkräfte berichten, dass Auffälligkeiten früher besprochen werden und Eltern Hilfe eher annehmen.',
    handlungsfelder: ['beratung', 'soziale-kompetenzen', 'praevention'],
    altersphasen: ['6-9'],
    zielgruppen: ['Grundschulkinder', 'Eltern', 'Lehrkräfte'],
    ressourcen: {
      personal: 'rund 30 Stellen Schulsozialarbeit, 1 Stelle Fachberatung',
      geld: 'rund 2,1 Mio. € im Jahr, kommunal, aus Landesmitteln und dem Startchancen-Programm',
      raeume: 'ein eigenes Büro mit Gesprächsecke in jeder Grundschule',
    },
    seit: 2012,
    kontakt: { name: 'Thomas Jankowski', funktion: 'Fachberatung Schulsozialarbeit, Referat Erziehung und Bildung', email: 'thomas.jankowski@example.org' },
    links: [],
    kontext: [
      { frage: 'inst-21', antwort: 'Die Fachkräfte sind bei der Stadt angestellt; die Fachaufsicht liegt bei der Fachberatung, die Schulleitung regelt den Alltag.' },
      { frage: 'sozr-04', antwort: 'Mehr als die Hälfte unserer Schulen liegt bei Sozialindex 6 bis 9; deshalb die Staffelung nach Index.' },
      { frage: 'indi-08', antwort: 'Wichtig sind Beziehungsarbeit mit Kindern, Gespräche mit Eltern auf Augenhöhe und die Fähigkeit, im Kollegium Position zu beziehen.' },
      { frage: 'proj-18', antwort: 'Ausgeschrieben wird Soziale Arbeit (Bachelor); Stellen an Schulen mit hohem Index sind schwerer zu besetzen, deshalb zahlen wir eine Zulage.' },
    ],
  },

  // ── Gladbeck ─────────────────────────────────────────────────────────────────────────────
  {
    id: 'p27',
    kommune: 'gladbeck',
    titel: 'Übergangslotsen von der Grundschule in die weiterführende Schule',
    beschreibung:
      'Für Kinder, bei denen die Grundschule am Übergang einen erhöhten Unterstützungsbedarf sieht, gibt es Übergangslotsinnen und -lotsen, die vom zweiten Halbjahr der Klasse 4 bis zum Ende der Klasse 5 begleiten. ' +
      'Sie organisieren Übergabegespräche zwischen abgebender und aufnehmender Schule, begleiten Kinder zu Schnuppertagen und halten Kontakt zu den Eltern. ' +
      'In den ersten Wochen an der neuen Schule treffen sie die Kinder regelmäßig und vermitteln bei Schwierigkeiten. ' +
      'Seitdem wechseln deutlich weniger Kinder im ersten Jahr erneut die Schule.',
    handlungsfelder: ['uebergaenge', 'beratung'],
    altersphasen: ['6-9', '10-15'],
    zielgruppen: ['Kinder der Klassen 4 und 5', 'Eltern', 'Lehrkräfte abgebender und aufnehmender Schulen'],
    ressourcen: {
      personal: '2 Fachkräfte mit zusammen 1,5 Stellen beim Jugendamt',
      geld: 'rund 95.000 € im Jahr, kommunal',
      raeume: 'Sprechzimmer in zwei weiterführenden Schulen',
    },
    seit: 2014,
    kontakt: { name: 'Martina Behrendt', funktion: 'Jugendamt, Bildung und Prävention', email: 'martina.behrendt@example.org' },
    links: [],
    kontext: [
      { frage: 'inst-12', antwort: 'Übergabegespräche finden nur mit schriftlicher Einwilligung der Eltern statt; die Vorlage haben wir mit der Datenschutzbeauftragten erstellt.' },
      { frage: 'indi-18', antwort: 'Die Lotsinnen halten den Kontakt zu den Klassenleitungen der Klasse 4 und 5 persönlich; in kleinen Städten kennt man sich.' },
      { frage: 'proj-06', antwort: 'Pro Jahrgang begleiten wir etwa 60 Kinder, rund jedes achte Kind des Jahrgangs.' },
      { frage: 'sozr-05', antwort: 'Eine mittelgroße Stadt mit wenigen weiterführenden Schulen – die kurzen Wege machen die enge Begleitung erst möglich.' },
    ],
  },
  {
    id: 'p28',
    kommune: 'gladbeck',
    titel: 'Bewegte Kita: Gesundheitsförderung mit Sportvereinen',
    beschreibung:
      'Übungsleiterinnen und Übungsleiter örtlicher Sportvereine kommen zweimal pro Woche in Kitas und gestalten Bewegungsstunden, deren Ideen die Erzieherinnen anschließend in den Alltag übernehmen. ' +
      'Dazu gehören ein gesundes Frühstück, das die Kita gemeinsam mit Eltern zubereitet, und Elternnachmittage zu Ernährung, Schlaf und Bildschirmzeiten. ' +
      'Familien erhalten Gutscheine für ein kostenloses Schnupperjahr im Sportverein. ' +
      'Bei der Schuleingangsuntersuchung schneiden Kinder aus den beteiligten Kitas in der Körperkoordination besser ab.',
    handlungsfelder: ['gesundheit', 'elternarbeit'],
    altersphasen: ['3-5'],
    zielgruppen: ['Kita-Kinder', 'Eltern', 'Sportvereine'],
    ressourcen: {
      personal: 'Übungsleitungen auf Honorarbasis, 0,25 Stelle Koordination beim Stadtsportbund',
      geld: 'rund 30.000 € im Jahr, davon ein Teil von einer Krankenkasse',
      raeume: 'Bewegungsräume der Kitas, Turnhallen der Vereine',
    },
    seit: 2015,
    kontakt: { name: 'Jörg Kampmann', funktion: 'Stadtsportbund', email: 'joerg.kampmann@example.org' },
    links: [],
    kontext: [
      { frage: 'sozr-09', antwort: 'Bei der Schuleingangsuntersuchung fielen in einigen Stadtteilen viele Kinder in der Motorik auf; das war der Anlass.' },
      { frage: 'proj-24', antwort: 'Der Stadtsportbund schließt Honorarverträge mit den Übungsleitungen und eine Kooperationsvereinbarung mit jeder Kita.' },
      { frage: 'proj-19', antwort: 'Das Schnupperjahr im Verein ist kostenlos; danach hilft der Stadtsportbund beim Antrag auf Bildung und Teilhabe.' },
    ],
  },

  // ── Hamm ─────────────────────────────────────────────────────────────────────────────────
  {
    id: 'p29',
    kommune: 'hamm',
    titel: 'Clearingstelle Schulverweigerung',
    beschreibung:
      'Fehlt eine Schülerin oder ein Schüler mehr als zehn Tage unentschuldigt, meldet die Schule dies an die Clearingstelle, in der Schulsozialarbeit, Jugendamt und Schulpsychologie zusammenarbeiten. ' +
      'Innerhalb von zwei Wochen gibt es ein Gespräch mit Jugendlichem, Familie und Schule, in dem Ursachen geklärt und ein Plan vereinbart wird – etwa Lernbegleitung, therapeutische Hilfe, ein Klassenwechsel oder zeitweise Unterricht in einer Kleingruppe. ' +
      'Ein Bußgeldverfahren wird erst eingeleitet, wenn andere Wege gescheitert sind. ' +
      'Rund zwei Drittel der Jugendlichen besuchen nach einem halben Jahr wieder regelmäßig den Unterricht.',
    handlungsfelder: ['praevention', 'beratung'],
    altersphasen: ['10-15'],
    zielgruppen: ['schulverweigernde Jugendliche', 'Eltern', 'Schulen'],
    ressourcen: {
      personal: '2 Stellen Sozialarbeit, Anteile der Schulpsychologie und des Allgemeinen Sozialen Dienstes',
      geld: 'rund 150.000 € im Jahr, kommunal',
      raeume: 'Büro im Bildungszentrum, Kleingruppenraum für den zeitweisen Unterricht',
    },
    seit: 2013,
    kontakt: { name: 'Frank Wessel', funktion: 'Leitung Clearingstelle', email: 'frank.wessel@example.org' },
    links: ['https://example.org/hamm/clearingstelle'],
    kontext: [
      { frage: 'inst-23', antwort: 'Ein gemeinsamer Verfahrensablauf von Schulamt, Jugendamt und Ordnungsamt legt Meldewege, Fristen und Zuständigkeiten fest.' },
      { frage: 'disk-04', antwort: 'Lange hieß es „Schwänzen ist Sache der Schule“. Erst die gemeinsame Auswertung von Fällen hat gezeigt, wie oft familiäre Krisen dahinterstecken.' },
      { frage: 'inst-09', antwort: 'Die Schulaufsicht hat die Schulen verpflichtet, den Meldeweg einzuhalten; ohne das wäre die Beteiligung uneinheitlich geblieben.' },
      { frage: 'proj-10', antwort: 'Wir dokumentieren die Fehlzeiten sechs Monate nach dem Clearing; die Quote regelmäßigen Schulbesuchs berichten wir jährlich dem Schulausschuss.' },
    ],
  },
  {
    id: 'p30',
    kommune: 'hamm',
    titel: 'Verbleibsmonitoring am Übergang Schule–Beruf',
    beschreibung:
      'Die Kommunale Koordinierungsstelle Übergang Schule–Beruf erhebt jedes Jahr gemeinsam mit allen Schulen, ausdrücklich auch den Förderschulen, wohin die Abgängerinnen und Abgänger gehen: Ausbildung, weiterführende Schule, Berufsvorbereitung, Studium oder unbekannt. ' +
      'Die Angaben werden mit Daten der Agentur für Arbeit und der Berufskollegs abgeglichen und nach Schulform und Förderschwerpunkt ausgewertet. ' +
      'Jugendliche mit unbekanntem Verbleib spricht die Jugendberufshilfe mit Einwilligung an. ' +
      'Der Bericht zeigt erstmals, wie die Übergänge von Förderschülerinnen und Förderschülern tatsächlich verlaufen, und ist Grundlage für die Planung der Berufsorientierung.',
    handlungsfelder: ['uebergaenge', 'berufsorientierung'],
    altersphasen: ['16-18'],
    zielgruppen: ['Schulabgängerinnen und Schulabgänger', 'Fachplanung und Steuergruppe'],
    ressourcen: {
      personal: '0,5 Stelle Datenauswertung in der Kommunalen Koordinierungsstelle',
      geld: 'rund 35.000 € im Jahr, Landesmittel für die Kommunale Koordinierung und kommunaler Eigenanteil',
      raeume: 'keine besonderen Räume',
    },
    seit: 2015,
    kontakt: { name: 'Claudia Reinholz', funktion: 'Kommunale Koordinierungsstelle Übergang Schule–Beruf', email: 'claudia.reinholz@example.org' },
    links: ['https://example.org/hamm/verbleibsbericht'],
    kontext: [
      { frage: 'inst-12', antwort: 'Die Schulen erheben den Verbleib mit einer Einwilligung, die schon bei der Anmeldung zur Abschlussklasse eingeholt wird.' },
      { frage: 'inst-19', antwort: 'Das Monitoring ist Teil der Landesinitiative zum Übergang Schule–Beruf; die Förderschulen haben wir zusätzlich einbezogen.' },
      { frage: 'indi-19', antwort: 'Ohne die Schulleitungen der beiden Förderschulen, die das Thema selbst vorangetrieben haben, gäbe es diese Daten nicht.' },
      { frage: 'proj-16', antwort: 'Ein einfacher Erhebungsbogen je Abgangsklasse; für die Schulen bedeutet das etwa zwei Stunden Aufwand im Jahr.' },
      { frage: 'sozr-11', antwort: 'Rund sieben Prozent eines Jahrgangs verlassen die Schule ohne Abschluss, an den Förderschulen ist es die Mehrheit.' },
    ],
  },
  {
    id: 'p31',
    kommune: 'hamm',
    titel: 'Familienbüro mit Elterncafé in der Innenstadt',
    beschreibung:
      'Im Familienbüro in der Innenstadt erhalten Eltern an einer Stelle Auskunft zu Elterngeld, Kita-Platz, Kindertagespflege, Beratung und Freizeitangeboten – ohne Termin und bei Bedarf mit Sprachmittlung. ' +
      'Angeschlossen ist ein Elterncafé mit Spielecke, in dem an drei Vormittagen pro Woche eine Familienhebamme und eine Erziehungsberaterin offene Sprechstunden anbieten. ' +
      'Das Familienbüro vermittelt außerdem Babysitterdienste und Familienpatenschaften. ' +
      'Jährlich kommen rund 6.000 Kontakte zustande, etwa ein Drittel davon mit Familien mit Kindern unter drei Jahren.',
    handlungsfelder: ['beratung', 'elternarbeit'],
    altersphasen: ['0-2', '3-5'],
    zielgruppen: ['Eltern und werdende Eltern', 'Familien mit Kindern bis sechs Jahre'],
    ressourcen: {
      personal: '3 Fachkräfte mit zusammen 2,5 Stellen, Sprechstunden von Familienhebamme und Erziehungsberatung',
      geld: 'rund 220.000 € im Jahr, kommunal',
      raeume: 'Ladenlokal in der Fußgängerzone mit Café, Spielecke und zwei Beratungsräumen',
    },
    seit: 2012,
    kontakt: { name: 'Nicole Brune', funktion: 'Leitung Familienbüro', email: 'nicole.brune@example.org' },
    links: ['https://example.org/hamm/familienbuero'],
    kontext: [
      { frage: 'proj-04', antwort: 'Ein gut sichtbares Ladenlokal war uns wichtig: Niemand soll das Gefühl haben, „zum Amt“ zu gehen.' },
      { frage: 'proj-05', antwort: 'Montag bis Freitag 9 bis 13 Uhr, dienstags und donnerstags zusätzlich nachmittags; Sprechstunden an drei Vormittagen.' },
      { frage: 'inst-11', antwort: 'Das Familienbüro ist Anlaufstelle des Netzwerks Frühe Hilfen; die Netzwerkkoordination sitzt im selben Haus.' },
      { frage: 'sozr-06', antwort: 'Alle Buslinien halten in der Nähe; aus den Außenbezirken ist man trotzdem 30 Minuten unterwegs.' },
    ],
  },
  {
    id: 'p32',
    kommune: 'hamm',
    titel: 'Interkulturelle Mädchengruppe: selbstbewusst in die Zukunft',
    beschreibung:
      'Im Jugendzentrum eines Stadtteils trifft sich wöchentlich eine Mädchengruppe für 12- bis 16-Jährige, die von zwei Pädagoginnen geleitet wird. ' +
      'Die Mädchen arbeiten an Selbstbehauptung, Körper und Gesundheit, Rollenbildern und Berufswünschen; einmal im Halbjahr besuchen sie Betriebe, in denen Frauen in technischen Berufen arbeiten. ' +
      'Mütter werden zu Elternnachmittagen eingeladen, was vielen Mädchen die Teilnahme erst ermöglicht. ' +
      'Mehrere Teilnehmerinnen haben Praktika in technischen Berufen gemacht und engagieren sich inzwischen als Jugendleiterinnen.',
    handlungsfelder: ['soziale-kompetenzen', 'berufsorientierung'],
    altersphasen: ['10-15'],
    zielgruppen: ['Mädchen mit Einwanderungsgeschichte', 'Mütter'],
    ressourcen: {
      personal: '2 Pädagoginnen mit je 6 Wochenstunden',
      geld: 'rund 20.000 € im Jahr aus dem Kinder- und Jugendförderplan',
      raeume: 'Mädchenraum im Jugendzentrum',
    },
    seit: 2016,
    kontakt: { name: 'Selin Aydın', funktion: 'Jugendzentrum, Mädchenarbeit', email: 'selin.aydin@example.org' },
    links: [],
    kontext: [
      { frage: 'disk-09', antwort: 'Die Themen der Gruppe legen die Mädchen jedes Halbjahr selbst fest.' },
      { frage: 'indi-11', antwort: 'Eine der Pädagoginnen ist im Stadtteil aufgewachsen; viele Mütter kennen sie seit Jahren.' },
      { frage: 'proj-07', antwort: 'Die meisten Mädchen kommen über Freundinnen; die Schulsozialarbeit der Gesamtschule weist gezielt auf die Gruppe hin.' },
    ],
  },

  // ── Moers ────────────────────────────────────────────────────────────────────────────────
  {
    id: 'p33',
    kommune: 'moers',
    titel: 'Babylotsinnen in der Geburtsklinik',
    beschreibung:
      'In der Geburtsklinik sprechen zwei Babylotsinnen alle Wöchnerinnen an, erfassen mit einem kurzen Gesprächsleitfaden mögliche Belastungen und informieren über Angebote der Frühen Hilfen. ' +
      'Bei Bedarf vermitteln sie noch vor der Entlassung an Familienhebammen, Familienzentren, Schwangerschaftsberatung oder Jugendamt und melden sich einige Wochen später telefonisch. ' +
      'Die Babylotsinnen sind bei einem freien Träger angestellt, aber fest in die Abläufe der Station eingebunden. ' +
      'Etwa jede fünfte angesprochene Familie nimmt eine vermittelte Hilfe an, und das Stationsteam fühlt sich entlastet.',
    handlungsfelder: ['gesundheit', 'beratung', 'praevention'],
    altersphasen: ['0-2'],
    zielgruppen: ['Mütter und Väter nach der Geburt', 'Familien in belasteten Lebenslagen'],
    ressourcen: {
      personal: '2 Babylotsinnen mit zusammen 1,5 Stellen (Sozialarbeit, Kinderkrankenpflege)',
      geld: 'rund 110.000 € im Jahr aus Mitteln der Bundesstiftung Frühe Hilfen, kommunalen Mitteln und einer Spende',
      raeume: 'Büro auf der Wochenbettstation',
    },
    seit: 2017,
    kontakt: { name: 'Susanne Verhoeven', funktion: 'Netzwerkkoordination Frühe Hilfen', email: 'susanne.verhoeven@example.org' },
    links: ['https://example.org/moers/babylotsinnen'],
    kontext: [
      { frage: 'inst-15', antwort: 'Klinik, Träger und Stadt haben einen Kooperationsvertrag; die Chefärztin der Geburtshilfe war von Anfang an Fürsprecherin.' },
      { frage: 'indi-19', antwort: 'Die Hebammen der Station haben die Lotsinnen schnell als Entlastung erlebt; ohne sie wäre der Zugang schwer gewesen.' },
      { frage: 'inst-04', antwort: 'Moers hat ein eigenes Jugendamt; Absprachen mit Nachbargemeinden sind nötig, weil auch deren Familien hier entbinden.' },
      { frage: 'proj-17', antwort: 'Sinnvoll ab etwa 1.000 Geburten in der Klinik; bei weniger Geburten reicht eine Lotsin in Teilzeit.' },
    ],
  },
  {
    id: 'p34',
    kommune: 'moers',
    titel: 'Hausaufgabenhilfe und Lerncafé im Stadtteilzentrum',
    beschreibung:
      'Im Stadtteilzentrum bietet ein Träger der Jugendhilfe an vier Nachmittagen pro Woche Hausaufgabenhilfe für Grundschulkinder und ein Lerncafé für Jugendliche der Sekundarstufe I an. ' +
      'Honorarkräfte, überwiegend Lehramtsstudierende, betreuen Kleingruppen von höchstens sechs Kindern und stehen im Austausch mit den Klassenlehrkräften der umliegenden Schulen. ' +
      'In den Sommerferien gibt es Lernwochen zur Vorbereitung auf das neue Schuljahr. ' +
      'Die Teilnahme ist kostenlos; für Familien mit Anspruch wird die Lernförderung über Bildung und Teilhabe abgerechnet.',
    handlungsfelder: ['betreuung', 'sozialraum', 'ferienangebote'],
    altersphasen: ['6-9', '10-15'],
    zielgruppen: ['Grundschulkinder', 'Jugendliche der Sekundarstufe I', 'Familien mit geringem Einkommen'],
    ressourcen: {
      personal: '0,5 Stelle Koordination, rund 12 Honorarkräfte',
      geld: 'rund 60.000 € im Jahr, kommunal und über Bildung und Teilhabe',
      raeume: 'zwei Gruppenräume im Stadtteilzentrum',
    },
    seit: 2011,
    kontakt: { name: 'Dennis Hagedorn', funktion: 'Stadtteilzentrum, Träger der Jugendhilfe', email: 'dennis.hagedorn@example.org' },
    links: [],
    kontext: [
      { frage: 'indi-18', antwort: 'Ein kurzer Rückmeldebogen zwischen Lehrkraft und Lernbegleitung genügt; einmal im Halbjahr gibt es ein Treffen.' },
      { frage: 'proj-05', antwort: 'Montag bis Donnerstag von 14 bis 17 Uhr; in den letzten beiden Sommerferienwochen täglich vormittags.' },
      { frage: 'indi-12', antwort: 'Studierende bleiben im Schnitt drei Semester; wir stellen jedes Semester neu ein und arbeiten mit einem Einarbeitungsordner.' },
    ],
  },
  {
    id: 'p35',
    kommune: 'moers',
    titel: 'Klassenrat an Grundschulen: Demokratie von Anfang an',
    beschreibung:
      'Alle Grundschulen eines Stadtteils haben den Klassenrat eingeführt: Einmal pro Woche besprechen die Kinder in einer festen Stunde Anliegen, Konflikte und Vorhaben ihrer Klasse und übernehmen dabei wechselnde Rollen wie Leitung und Protokoll. ' +
      'Ein Schülerparlament mit Delegierten aller Klassen trifft sich monatlich mit der Schulleitung. ' +
      'Eine Fachkraft für Demokratiebildung des Jugendamts hat Lehrkräfte und Ganztagsteams fortgebildet und begleitet die ersten Sitzungen. ' +
      'Lehrkräfte berichten von weniger Streit auf dem Schulhof und von Kindern, die ihre Anliegen selbstbewusster vertreten.',
    handlungsfelder: ['demokratiebildung', 'soziale-kompetenzen'],
    altersphasen: ['6-9'],
    zielgruppen: ['Grundschulkinder', 'Lehrkräfte', 'Fachkräfte im Ganztag'],
    ressourcen: {
      personal: '0,25 Stelle Demokratiebildung im Jugendamt, eine Wochenstunde je Klasse',
      geld: 'rund 6.000 € im Jahr für Fortbildung und Material',
      raeume: 'Klassenräume',
    },
    seit: 2018,
    kontakt: { name: 'Lena Hartmann', funktion: 'Jugendamt, Kinder- und Jugendbeteiligung', email: 'lena.hartmann@example.org' },
    links: [],
    kontext: [
      { frage: 'disk-10', antwort: 'Die Schulleitungen haben den Klassenrat im Stundenplan verankert; ohne feste Stunde wird er schnell geopfert.' },
      { frage: 'proj-08', antwort: 'Wir arbeiten mit frei verfügbaren Klassenrat-Materialien und eigenen Rollenkarten mit Bildern für Erstklässler.' },
      { frage: 'proj-21', antwort: 'Das Schülerparlament lässt sich für den Anfang weglassen; der wöchentliche Klassenrat ist der Kern.' },
    ],
  },

  // ── Mönchengladbach ──────────────────────────────────────────────────────────────────────
  {
    id: 'p36',
    kommune: 'moenchengladbach',
    titel: 'Brückenprojekt: Spielgruppen für Kinder ohne Kita-Platz',
    beschreibung:
      'Für Kinder ab drei Jahren, die noch keinen Kita-Platz haben, gibt es in Familienzentren und Gemeindehäusern Spielgruppen an drei Vormittagen pro Woche. ' +
      'Eine Erzieherin und eine Kinderpflegerin gestalten die Gruppen mit den Schwerpunkten Sprache und soziales Miteinander; Eltern können die erste Zeit dabeibleiben. ' +
      'Die Fachkräfte helfen Familien bei der Kita-Anmeldung und begleiten den Wechsel in die Kita, sobald ein Platz frei wird. ' +
      'Viele Kinder kommen so mit ersten Deutschkenntnissen und Gruppenerfahrung in die Kita oder direkt in die Schule.',
    handlungsfelder: ['sprachfoerderung', 'betreuung', 'uebergaenge'],
    altersphasen: ['3-5'],
    zielgruppen: ['Kinder ohne Kita-Platz', 'neu zugewanderte Familien'],
    ressourcen: {
      personal: 'je Gruppe eine Erzieherin und eine Kinderpflegerin mit je 15 Wochenstunden',
      geld: 'rund 45.000 € je Gruppe und Jahr, überwiegend Landesmittel für Brückenprojekte',
      raeume: 'Gruppenräume in Familienzentren und Gemeindehäusern mit Außenspielfläche',
    },
    seit: 2016,
    kontakt: { name: 'Anja Görtz', funktion: 'Fachbereich Kinder, Jugend und Familie', email: 'anja.goertz@example.org' },
    links: [],
    kontext: [
      { frage: 'sozr-07', antwort: 'In einigen Stadtteilen fehlen für über Dreijährige mehrere hundert Plätze; das war der Anlass.' },
      { frage: 'proj-14', antwort: 'Ob eine Betriebserlaubnis nötig ist, haben wir vorab mit dem Landesjugendamt geklärt; Aufsicht und Versicherung regelt der Träger.' },
      { frage: 'proj-07', antwort: 'Die Familien kommen von der Warteliste der Kita-Platzvergabe und über das Kommunale Integrationszentrum.' },
      { frage: 'proj-13', antwort: 'Das Landesprogramm wird jährlich neu beantragt; eine dauerhafte Finanzierung ist nicht gesichert.' },
    ],
  },
  {
    id: 'p37',
    kommune: 'moenchengladbach',
    titel: 'Sozialtraining und Streitschlichtung in den Klassen 5 und 6',
    beschreibung:
      'An Haupt-, Real- und Gesamtschulen bilden Schulsozialarbeit und Lehrkräfte Streitschlichterinnen und Streitschlichter aus den Klassen 8 und 9 aus, die in der Pause bei Konflikten Jüngerer vermitteln. ' +
      'In den Klassen 5 und 6 findet zusätzlich ein Sozialtraining mit zehn Einheiten zu Kommunikation, Gefühlen, Grenzen und Zusammenarbeit statt. ' +
      'Ein Trainerteam der Erziehungsberatungsstelle gestaltet die Einheiten gemeinsam mit der Klassenleitung, damit diese die Methoden weiterführen kann. ' +
      'Die Schulen verzeichnen weniger Ordnungsmaßnahmen und eine bessere Klassengemeinschaft.',
    handlungsfelder: ['soziale-kompetenzen', 'praevention'],
    altersphasen: ['10-15'],
    zielgruppen: ['Schülerinnen und Schüler der Klassen 5 und 6', 'Streitschlichterinnen und Streitschlichter', 'Klassenleitungen'],
    ressourcen: {
      personal: '2 Trainerinnen der Erziehungsberatung mit je 10 Wochenstunden, Anteile der Schulsozialarbeit',
      geld: 'rund 40.000 € im Jahr, kommunal',
      raeume: 'Klassenräume, ein Raum für die Streitschlichtung',
    },
    seit: 2014,
    kontakt: { name: 'Ralf Peters', funktion: 'Erziehungsberatungsstelle', email: 'ralf.peters@example.org' },
    links: [],
    kontext: [
      { frage: 'proj-05', antwort: 'Zehn Doppelstunden im ersten Halbjahr der Klasse 5, eine Auffrischung in Klasse 6; Streitschlichtung in jeder großen Pause.' },
      { frage: 'indi-18', antwort: 'Die Klassenleitung ist in jeder Einheit dabei – das ist die Bedingung, damit die Methoden im Alltag ankommen.' },
      { frage: 'disk-15', antwort: 'Trainerinnen, Schulsozialarbeit und Klassenleitungen treffen sich vor und nach jedem Durchgang.' },
    ],
  },
  {
    id: 'p38',
    kommune: 'moenchengladbach',
    titel: 'Aufsuchende Arbeit mit jungen Erwachsenen ohne Ausbildung',
    beschreibung:
      'Zwei Streetworker sprechen junge Menschen zwischen 18 und 25 Jahren an, die weder zur Schule gehen noch in Ausbildung oder Arbeit sind und von Jobcenter und Beratungsstellen nicht mehr erreicht werden. ' +
      'Sie suchen sie an Treffpunkten, über soziale Medien und über Bekannte auf, bauen Vertrauen auf und begleiten sie zu Jobcenter, Schuldnerberatung oder Suchtberatung. ' +
      'Ziel ist, Schritt für Schritt wieder eine Tagesstruktur und einen Anschluss an Ausbildung oder Arbeit zu finden. ' +
      'Etwa 40 Prozent der Begleiteten beginnen innerhalb eines Jahres eine Maßnahme, eine Ausbildung oder eine Arbeit.',
    handlungsfelder: ['beratung', 'berufsorientierung', 'praevention'],
    altersphasen: ['19-24'],
    zielgruppen: ['junge Erwachsene ohne Schule, Ausbildung oder Arbeit'],
    ressourcen: {
      personal: '2 Stellen Streetwork beim freien Träger',
      geld: 'rund 140.000 € im Jahr aus Mitteln des Jobcenters und kommunalen Mitteln',
      raeume: 'Anlaufstelle mit Café-Ecke in der Innenstadt, Diensthandys',
    },
    seit: 2019,
    kontakt: { name: 'Marco Lindner', funktion: 'Streetwork, Jugendberufshilfe', email: 'marco.lindner@example.org' },
    links: [],
    kontext: [
      { frage: 'inst-19', antwort: 'Finanziert über die Förderung schwer zu erreichender junger Menschen nach § 16h SGB II; das gibt Freiheiten bei der Ansprache.' },
      { frage: 'indi-08', antwort: 'Geduld, Verlässlichkeit und kein erhobener Zeigefinger. Die Streetworker müssen auch Rückschläge aushalten.' },
      { frage: 'proj-07', antwort: 'Über Treffpunkte, Instagram und Mund-zu-Mund; das Jobcenter nennt keine Namen, gibt aber unseren Kontakt weiter.' },
      { frage: 'disk-11', antwort: 'Die jungen Menschen müssen sicher sein, dass wir nichts ans Jobcenter melden; das ist vertraglich festgehalten.' },
    ],
  },

  // ── Münster ──────────────────────────────────────────────────────────────────────────────
  {
    id: 'p39',
    kommune: 'muenster',
    titel: 'Online-Elternberatung mit Chat und Videosprechstunde',
    beschreibung:
      'Die Erziehungsberatungsstellen der Stadt und freier Träger bieten gemeinsam eine Online-Beratung an: Eltern können anonym per Chat, Nachricht oder Videosprechstunde Fragen zu Erziehung, Entwicklung, Trennung oder Schule stellen. ' +
      'Die Beratungszeiten liegen bewusst auch am Abend, und es gibt Chat-Termine auf Arabisch, Türkisch und Ukrainisch mit Sprachmittlung. ' +
      'Wer mehr braucht, wird in eine persönliche Beratung vor Ort übergeleitet. ' +
      'Die Online-Beratung erreicht besonders berufstätige Eltern und Väter, die vorher kaum in die Beratungsstellen kamen.',
    handlungsfelder: ['beratung', 'medienbildung', 'elternarbeit'],
    altersphasen: ['0-2', '3-5', '6-9', '10-15'],
    zielgruppen: ['Eltern', 'berufstätige Eltern', 'Väter'],
    ressourcen: {
      personal: 'Anteile von 8 Beraterinnen und Beratern, zusammen etwa 1,5 Stellen',
      geld: 'rund 60.000 € im Jahr für Plattform, Sprachmittlung und Fortbildung',
      raeume: 'Büros der Beratungsstellen; datenschutzkonforme Beratungsplattform',
    },
    seit: 2020,
    kontakt: { name: 'Dr. Julia Brinkhaus', funktion: 'Leitung städtische Erziehungsberatungsstelle', email: 'julia.brinkhaus@example.org' },
    links: ['https://example.org/muenster/online-elternberatung'],
    kontext: [
      { frage: 'proj-12', antwort: 'Eine datenschutzkonforme Beratungsplattform mit Ende-zu-Ende-Verschlüsselung und Headsets für alle Beratenden.' },
      { frage: 'indi-07', antwort: 'Alle Beratenden haben eine Fortbildung zur schriftbasierten Online-Beratung von 40 Stunden gemacht.' },
      { frage: 'disk-17', antwort: 'Die freien Träger haben die Plattform mit ausgewählt; jede Beratungsstelle übernimmt feste Chat-Zeiten.' },
      { frage: 'proj-05', antwort: 'Chat montags bis donnerstags von 18 bis 21 Uhr, Nachrichten werden innerhalb von zwei Werktagen beantwortet.' },
    ],
  },
  {
    id: 'p40',
    kommune: 'muenster',
    titel: 'Qualitätszirkel Offener Ganztag',
    beschreibung:
      'Die Leitungen aller Offenen Ganztagsschulen treffen sich sechsmal im Jahr in Qualitätszirkeln, die die städtische Fachberatung Ganztag moderiert. ' +
      'Sie entwickeln gemeinsame Standards für Lernzeiten, Mittagessen, Raumgestaltung, Kinderbeteiligung und die Zusammenarbeit mit Lehrkräften, und jede Schule setzt pro Jahr ein eigenes Entwicklungsvorhaben um. ' +
      'Ein Rahmenkonzept, das Stadt, Träger und Schulen gemeinsam beschlossen haben, legt Personalschlüssel und Fortbildungstage fest. ' +
      'Eltern- und Kinderbefragungen zeigen eine höhere Zufriedenheit, und das Personal im Ganztag wechselt seltener.',
    handlungsfelder: ['betreuung'],
    altersphasen: ['6-9'],
    zielgruppen: ['Leitungen im Offenen Ganztag', 'Träger', 'Schulleitungen'],
    ressourcen: {
      personal: '1 Stelle Fachberatung Ganztag, Arbeitszeit der OGS-Leitungen',
      geld: 'rund 20.000 € im Jahr für Fortbildung und Moderation zusätzlich zur Fachberatung',
      raeume: 'wechselnde Schulen als Gastgeber',
    },
    seit: 2014,
    kontakt: { name: 'Petra Overbeck', funktion: 'Fachberatung Offener Ganztag, Amt für Schule und Weiterbildung', email: 'petra.overbeck@example.org' },
    links: [],
    kontext: [
      { frage: 'inst-06', antwort: 'Das Rahmenkonzept ist Teil der Kooperationsverträge zwischen Stadt, Trägern und Schulen.' },
      { frage: 'disk-17', antwort: 'Die sieben Träger haben das Rahmenkonzept in einer Arbeitsgruppe mitgeschrieben; deshalb tragen sie es mit.' },
      { frage: 'indi-12', antwort: 'Die Fluktuation im Ganztag ist hoch; neue Leitungen bekommen eine Patin aus dem Qualitätszirkel.' },
      { frage: 'proj-10', antwort: 'Alle zwei Jahre befragen wir Kinder und Eltern mit einem kurzen Bogen; die Ergebnisse gehen in die Zirkel zurück.' },
    ],
  },
  {
    id: 'p41',
    kommune: 'muenster',
    titel: 'Careleaver-Begleitung: nach der Jugendhilfe nicht allein',
    beschreibung:
      'Junge Menschen, die eine Wohngruppe oder Pflegefamilie verlassen, werden ab 17 Jahren von einer Fachkraft begleitet, die mit ihnen Auszug, Ausbildung, Finanzen und Anträge plant. ' +
      'Nach dem Ende der Jugendhilfe bleibt die Fachkraft bis zum 23. Lebensjahr ansprechbar, und ein monatlicher Careleaver-Stammtisch bietet Austausch mit Gleichaltrigen. ' +
      'Das Jugendamt hat Absprachen mit Jobcenter, BAföG-Amt und Wohnungsgesellschaften getroffen, damit es beim Übergang keine Lücke in der Finanzierung gibt. ' +
      'Abgebrochene Ausbildungen und Wohnungsverluste sind seitdem seltener geworden.',
    handlungsfelder: ['beratung', 'uebergaenge'],
    altersphasen: ['16-18', '19-24'],
    zielgruppen: ['junge Menschen aus Wohngruppen und Pflegefamilien (Careleaver)'],
    ressourcen: {
      personal: '1 Stelle Sozialarbeit im Jugendamt',
      geld: 'rund 80.000 € im Jahr, kommunal',
      raeume: 'Büro im Jugendamt, Treffpunkt für den Stammtisch in einem Jugendcafé',
    },
    seit: 2018,
    kontakt: { name: 'Sebastian Wolters', funktion: 'Jugendamt, Hilfen für junge Volljährige', email: 'sebastian.wolters@example.org' },
    links: [],
    kontext: [
      { frage: 'inst-15', antwort: 'Mit Jobcenter und Wohnungsgesellschaften gibt es schriftliche Absprachen über feste Ansprechpersonen und Vorrang bei Wohnungen.' },
      { frage: 'disk-09', antwort: 'Ehemalige Careleaver haben das Konzept mitentwickelt und leiten den Stammtisch.' },
      { frage: 'sozr-20', antwort: 'Der Wohnungsmarkt ist sehr angespannt; ohne Absprachen mit Wohnungsgesellschaften fänden die jungen Menschen kaum eine Wohnung.' },
      { frage: 'proj-22', antwort: 'Die Begleitung beginnt ein Jahr vor dem Auszug und läuft bis zu fünf Jahre weiter, mit abnehmender Intensität.' },
    ],
  },

  // ── Oberhausen ───────────────────────────────────────────────────────────────────────────
  {
    id: 'p42',
    kommune: 'oberhausen',
    titel: 'Eltern-Kind-Treff für Familien mit Einjährigen',
    beschreibung:
      'Alle Familien erhalten zum ersten Geburtstag ihres Kindes eine Einladung in einen Eltern-Kind-Treff im nächstgelegenen Familienzentrum, verbunden mit einem kleinen Geschenk, das dort abgeholt werden kann. ' +
      'Die Treffs finden wöchentlich statt und werden von einer Erzieherin und einer Familienhebamme geleitet; Themen sind Sprache, Bewegung, Ernährung, Zahngesundheit und Schlaf. ' +
      'Nebenbei lernen Eltern andere Familien aus der Nachbarschaft und die Kita kennen, die ihr Kind später besuchen kann. ' +
      'Inzwischen kommt fast jede zweite eingeladene Familie mindestens einmal, darunter viele, die vorher kein Angebot genutzt haben.',
    handlungsfelder: ['elternarbeit', 'gesundheit'],
    altersphasen: ['0-2'],
    zielgruppen: ['Familien mit einjährigen Kindern'],
    ressourcen: {
      personal: 'je Treff eine Erzieherin und eine Familienhebamme mit je 3 Wochenstunden, 0,25 Stelle Koordination',
      geld: 'rund 70.000 € im Jahr für zehn Treffs einschließlich Geschenken und Porto',
      raeume: 'Mehrzweckräume der Familienzentren',
    },
    seit: 2014,
    kontakt: { name: 'Monika Szymański', funktion: 'Koordination Frühe Hilfen, Bereich Kinder, Jugend und Familie', email: 'monika.szymanski@example.org' },
    links: ['https://example.org/oberhausen/eltern-kind-treff'],
    kontext: [
      { frage: 'proj-07', antwort: 'Die Adressen kommen aus dem Melderegister; die Einladung ist in fünf Sprachen gedruckt und enthält einen Gutschein für das Geschenk.' },
      { frage: 'disk-18', antwort: 'Auslöser war die Beobachtung, dass viele Familien nach den Hebammenbesuchen bis zur Kita-Anmeldung für niemanden sichtbar sind.' },
      { frage: 'indi-19', antwort: 'Die Familienhebammen sind das Zugpferd: Viele Eltern kommen, weil sie die Hebamme schon kennen.' },
      { frage: 'proj-06', antwort: 'Eingeladen werden rund 1.900 Familien im Jahr; knapp die Hälfte kommt mindestens einmal.' },
    ],
  },
  {
    id: 'p43',
    kommune: 'oberhausen',
    titel: 'Sommercamp: Ferienfreizeit mit Sprach- und Theaterwerkstatt',
    beschreibung:
      'In den ersten drei Wochen der Sommerferien findet für Kinder von 8 bis 12 Jahren ein Sommercamp statt, das Deutschlernen mit Theater, Sport und Ausflügen verbindet. ' +
      'Vormittags arbeiten Lehrkräfte und Studierende in kleinen Gruppen an der Sprache – über Szenen, Lieder und Geschichten, die die Kinder am Ende auf einer Bühne zeigen. ' +
      'Nachmittags geht es in Museen, Schwimmbäder und Parks. ' +
      'Das Camp ist kostenlos und richtet sich vor allem an Kinder, die die Ferien sonst zu Hause verbringen; die Lehrkräfte stellen nach den Ferien deutlich weniger Lernverluste fest.',
    handlungsfelder: ['ferienangebote', 'sprachfoerderung'],
    altersphasen: ['6-9', '10-15'],
    zielgruppen: ['Kinder von 8 bis 12 Jahren', 'Kinder mit Deutsch als Zweitsprache'],
    ressourcen: {
      personal: '4 Lehrkräfte, 10 Studierende und 2 Theaterpädagoginnen für drei Wochen, 0,2 Stelle Organisation',
      geld: 'rund 55.000 € je Sommer, Stiftungsmittel und kommunale Mittel',
      raeume: 'eine Gesamtschule mit Aula und Turnhalle',
    },
    seit: 2015,
    kontakt: { name: 'Hendrik Vogel', funktion: 'Bildungsbüro', email: 'hendrik.vogel@example.org' },
    links: [],
    kontext: [
      { frage: 'proj-03', antwort: 'Eine Bürgerstiftung trägt etwa zwei Drittel, die Stadt den Rest; Lehrkräfte werden über Honorare bezahlt.' },
      { frage: 'proj-14', antwort: 'Für die Ausflüge gilt ein Betreuungsschlüssel von einer Person auf sechs Kinder; Versicherung über die Stadt.' },
      { frage: 'proj-07', antwort: 'Die Grundschulen und weiterführenden Schulen schlagen Kinder vor und laden die Eltern persönlich ein.' },
      { frage: 'proj-20', antwort: 'Wir würden früher mit der Raumplanung beginnen; Schulen werden in den Ferien oft renoviert.' },
    ],
  },
  {
    id: 'p44',
    kommune: 'oberhausen',
    titel: 'Makerspace in der Stadtteilbibliothek',
    beschreibung:
      'In einer Stadtteilbibliothek ist ein Makerspace mit 3D-Druckern, Lötstationen, Mikrocontrollern und Robotik-Bausätzen entstanden, der nachmittags für Jugendliche ab zehn Jahren geöffnet ist. ' +
      'Medienpädagoginnen und ehrenamtliche Tüftlerinnen und Tüftler aus einem Technikverein betreuen offene Werkstattzeiten und Kurse, etwa zum Programmieren eigener Spiele oder zum Bau von Messgeräten. ' +
      'Schulklassen können den Makerspace vormittags für Projekttage buchen. ' +
      'Viele Besucherinnen und Besucher kommen aus Familien, in denen es zu Hause keinen Computer gibt.',
    handlungsfelder: ['mint', 'medienbildung', 'sozialraum'],
    altersphasen: ['10-15'],
    zielgruppen: ['Jugendliche ab zehn Jahren', 'Schulklassen der Sekundarstufe I'],
    ressourcen: {
      personal: '1 Stelle Medienpädagogik, rund 10 Ehrenamtliche aus einem Technikverein',
      geld: 'einmalig rund 60.000 € für die Ausstattung (EFRE und Stiftung), laufend rund 15.000 € im Jahr für Material',
      raeume: 'ein umgebauter Lesesaal der Bibliothek mit Werkbänken',
    },
    seit: 2019,
    kontakt: { name: 'Lukas Fischer', funktion: 'Stadtbibliothek, Medienpädagogik', email: 'lukas.fischer@example.org' },
    links: ['https://example.org/oberhausen/makerspace'],
    kontext: [
      { frage: 'proj-12', antwort: 'Drei 3D-Drucker, acht Lötstationen, Mikrocontroller-Sets und Laptops; Ersatzteile sind der größte laufende Posten.' },
      { frage: 'proj-03', antwort: 'Die Erstausstattung kam aus EFRE-Mitteln für den Stadtteil und einer Stiftung; die Stelle zahlt die Stadt.' },
      { frage: 'indi-10', antwort: 'Der Technikverein hat sich selbst gemeldet; die Ehrenamtlichen bekommen eine kurze Einführung in die Arbeit mit Jugendlichen.' },
    ],
  },

  // ── Witten ───────────────────────────────────────────────────────────────────────────────
  {
    id: 'p45',
    kommune: 'witten',
    titel: 'Portfolio am Übergang: die Bildungsdokumentation wandert von der Kita in die Grundschule',
    beschreibung:
      'Kitas und Grundschulen der Stadt führen ein gemeinsames Portfolio, in dem Kinder mit ihren Erzieherinnen Stärken, Lieblingsbeschäftigungen und Lernfortschritte festhalten. ' +
      'Mit Einverständnis der Eltern nimmt das Kind sein Portfolio mit in die Schule, wo es im Übergabegespräch zwischen Kita, Schule und Eltern als Grundlage dient. ' +
      'Die Grundschulen führen das Portfolio in den ersten beiden Schuljahren weiter. ' +
      'Lehrkräfte berichten, dass sie die Kinder schneller kennenlernen, und die Kinder sind stolz darauf, ihre Mappe zu zeigen.',
    handlungsfelder: ['uebergaenge', 'elternarbeit'],
    altersphasen: ['3-5', '6-9'],
    zielgruppen: ['Vorschulkinder', 'Erstklässlerinnen und Erstklässler', 'Eltern', 'Erzieherinnen und Lehrkräfte'],
    ressourcen: {
      personal: '0,25 Stelle Koordination im Bildungsbüro, Zeit für Übergabegespräche in Kitas und Schulen',
      geld: 'rund 8.000 € im Jahr für Portfolio-Mappen und gemeinsame Fortbildungen',
      raeume: 'keine besonderen Räume',
    },
    seit: 2013,
    kontakt: { name: 'Karin Lüdtke', funktion: 'Bildungsbüro', email: 'karin.luedtke@example.org' },
    links: ['https://example.org/witten/portfolio'],
    kontext: [
      { frage: 'inst-12', antwort: 'Das Portfolio gehört dem Kind; weitergegeben wird nur, was Eltern und Kind freigeben.' },
      { frage: 'disk-08', antwort: 'Gemeinsame Fortbildungstage von Kita und Grundschule haben die Vorbehalte abgebaut – anfangs fürchteten Kitas, bewertet zu werden.' },
      { frage: 'proj-08', antwort: 'Die Portfolio-Vorlagen haben Erzieherinnen und Lehrkräfte gemeinsam entwickelt; wir geben sie gern weiter.' },
      { frage: 'inst-10', antwort: 'Das Bildungsbüro koordiniert die Arbeitskreise und organisiert die gemeinsamen Fortbildungen.' },
    ],
  },
  {
    id: 'p46',
    kommune: 'witten',
    titel: 'Übergangscoaching ab Klasse 9',
    beschreibung:
      'An Haupt-, Gesamt- und Sekundarschulen begleiten Übergangscoaches Jugendliche ab Klasse 9, deren Anschluss nach der Schule unsicher ist. ' +
      'Sie erarbeiten mit ihnen einen persönlichen Berufswegeplan, organisieren Praktika, üben Vorstellungsgespräche und begleiten zu Terminen der Berufsberatung. ' +
      'Die Begleitung endet nicht mit dem Schulabschluss, sondern läuft bis zu sechs Monate in Ausbildung oder Berufskolleg hinein. ' +
      'An den beteiligten Schulen hat sich die Zahl der Jugendlichen ohne Anschluss etwa halbiert.',
    handlungsfelder: ['berufsorientierung', 'uebergaenge'],
    altersphasen: ['10-15', '16-18'],
    zielgruppen: ['Jugendliche ab Klasse 9 mit unsicherem Anschluss', 'Eltern'],
    ressourcen: {
      personal: '3 Übergangscoaches mit zusammen 2,5 Stellen beim Bildungsträger',
      geld: 'rund 170.000 € im Jahr aus ESF-, Landes- und kommunalen Mitteln',
      raeume: 'Büro in jeder beteiligten Schule',
    },
    seit: 2014,
    kontakt: { name: 'Yvonne Kessler', funktion: 'Projektleitung Übergangscoaching', email: 'yvonne.kessler@example.org' },
    links: [],
    kontext: [
      { frage: 'proj-22', antwort: 'Von Klasse 9 bis sechs Monate nach Schulende, also rund zwei Jahre.' },
      { frage: 'sozr-19', antwort: 'Viele Betriebe aus Metall, Elektro und Logistik suchen Auszubildende; das erleichtert die Vermittlung.' },
      { frage: 'indi-03', antwort: 'Die Coaches haben gute Kontakte zur Kreishandwerkerschaft; Praktika entstehen oft über einen Anruf.' },
      { frage: 'inst-20', antwort: 'Die Kommunale Koordinierung liegt beim Kreis; Witten organisiert das Coaching selbst und stimmt sich im Kreisarbeitskreis ab.' },
    ],
  },
  {
    id: 'p47',
    kommune: 'witten',
    titel: 'Leseclubs im Offenen Ganztag',
    beschreibung:
      'Die Stadtbibliothek hat an fünf Grundschulen und einer Gesamtschule Leseclubs eingerichtet, die einmal pro Woche im Ganztag stattfinden. ' +
      'Die Räume sind gemütlich gestaltet und mit Büchern, Hörbüchern, Comics und Tablets ausgestattet, die die Kinder selbst mit ausgewählt haben. ' +
      'Ehrenamtliche und Fachkräfte des Ganztags gestalten Vorlesestunden, Buchwerkstätten und kleine Schreib- und Trickfilmprojekte. ' +
      'Viele Kinder leihen sich danach zum ersten Mal selbst Bücher in der Bibliothek aus.',
    handlungsfelder: ['lesefoerderung', 'betreuung', 'medienbildung'],
    altersphasen: ['6-9', '10-15'],
    zielgruppen: ['Kinder im Ganztag', 'Jugendliche der Klassen 5 und 6'],
    ressourcen: {
      personal: '0,5 Stelle Koordination in der Stadtbibliothek, je Club 2 Ehrenamtliche und eine Ganztagskraft',
      geld: 'rund 5.000 € je Club für die Ausstattung, danach rund 1.500 € im Jahr',
      raeume: 'ein fester Raum je Schule, der dauerhaft als Leseclub eingerichtet bleibt',
    },
    seit: 2017,
    kontakt: { name: 'Birte Langenberg', funktion: 'Stadtbibliothek, Leseförderung', email: 'birte.langenberg@example.org' },
    links: [],
    kontext: [
      { frage: 'proj-04', antwort: 'Ein eigener, dauerhaft eingerichteter Raum ist entscheidend; mobile Bücherkisten haben nicht funktioniert.' },
      { frage: 'proj-03', antwort: 'Die Erstausstattung kam aus einem bundesweiten Leseförderprogramm, die laufenden Kosten trägt die Stadt.' },
      { frage: 'disk-09', antwort: 'Die Kinder haben Bücher und Möbel mit ausgesucht und geben dem Club jedes Jahr ein Motto.' },
    ],
  },

  // ── Wuppertal ────────────────────────────────────────────────────────────────────────────
  {
    id: 'p48',
    kommune: 'wuppertal',
    titel: '„Was wünschst du dir?“ – Kinder und Jugendliche planen ihren Stadtteil mit',
    beschreibung:
      'Bevor im Stadtteil gebaut oder umgestaltet wird, befragt das Jugendamt Kinder und Jugendliche mit Stadtteilbegehungen, Fotoaktionen und Workshops in Schulen und Jugendeinrichtungen. ' +
      'Die Ergebnisse fließen in die Planung von Spielplätzen, Schulhöfen, Grünflächen und Jugendtreffs ein; die Kinder erfahren, was umgesetzt wird und was nicht – jeweils mit Begründung. ' +
      'Eine Beteiligungsfachkraft und ein Team von Studierenden führen die Aktionen durch. ' +
      'In den letzten Jahren wurden so mehrere Schulhöfe nach den Ideen der Kinder neu gestaltet.',
    handlungsfelder: ['demokratiebildung', 'sozialraum'],
    altersphasen: ['6-9', '10-15'],
    zielgruppen: ['Kinder und Jugendliche', 'Stadtplanung und Grünflächenamt'],
    ressourcen: {
      personal: '1 Stelle Beteiligungsfachkraft, studentische Hilfskräfte',
      geld: 'rund 75.000 € im Jahr, kommunal; Beteiligung wird zusätzlich aus Baumitteln finanziert',
      raeume: 'Schulen und Jugendeinrichtungen vor Ort',
    },
    seit: 2012,
    kontakt: { name: 'Johanna Berger', funktion: 'Jugendamt, Kinder- und Jugendbeteiligung', email: 'johanna.berger@example.org' },
    links: ['https://example.org/wuppertal/beteiligung'],
    kontext: [
      { frage: 'inst-23', antwort: 'Eine Dienstanweisung verpflichtet die Ämter, das Jugendamt bei Planungen mit Bezug zu Kindern frühzeitig zu beteiligen.' },
      { frage: 'disk-03', antwort: 'Die Stadtplanung fürchtete Verzögerungen. Seit Beteiligung früh im Zeitplan steht, gibt es kaum noch Konflikte.' },
      { frage: 'proj-03', antwort: 'Ein fester Anteil der Baukosten von Spiel- und Schulhofprojekten ist für Beteiligung reserviert.' },
      { frage: 'disk-09', antwort: 'Kinder bekommen auf jeden Vorschlag eine Rückmeldung; das ist unser wichtigster Grundsatz.' },
    ],
  },
  {
    id: 'p49',
    kommune: 'wuppertal',
    titel: 'Lesepatenschaften an Grundschulen',
    beschreibung:
      'Über die Freiwilligenagentur lesen rund 120 Lesepatinnen und Lesepaten einmal wöchentlich mit Grundschulkindern, die beim Lesen Unterstützung brauchen. ' +
      'Die Ehrenamtlichen werden in einem Einführungsseminar geschult und arbeiten mit einem gemeinsamen Set aus Lesespielen und Büchern. ' +
      'An jeder Schule bringt eine Schulkoordinatorin – meist eine Lehrkraft mit einer Entlastungsstunde – Kinder und Patinnen zusammen und hält den Kontakt. ' +
      'Die Kinder lesen nach einem Schuljahr flüssiger und greifen lieber zu Büchern.',
    handlungsfelder: ['lesefoerderung'],
    altersphasen: ['6-9'],
    zielgruppen: ['Grundschulkinder mit Leseschwierigkeiten', 'Ehrenamtliche'],
    ressourcen: {
      personal: '0,5 Stelle Koordination in der Freiwilligenagentur, eine Entlastungsstunde je Schule',
      geld: 'rund 25.000 € im Jahr, kommunal und aus Spenden',
      raeume: 'Nebenräume und Bibliotheksecken der Grundschulen',
    },
    seit: 2010,
    kontakt: { name: 'Gerd Wilmsen', funktion: 'Freiwilligenagentur', email: 'gerd.wilmsen@example.org' },
    links: [],
    kontext: [
      { frage: 'indi-10', antwort: 'Ehrenamtliche gewinnen wir über die Freiwilligenagentur, Unternehmen mit Freistellungsprogrammen und die Presse.' },
      { frage: 'proj-14', antwort: 'Erweitertes Führungszeugnis und Schweigepflichterklärung sind Pflicht; versichert sind die Ehrenamtlichen über das Land.' },
      { frage: 'proj-21', antwort: 'Das gemeinsame Spieleset ist hilfreich, aber nicht nötig; unverzichtbar ist die feste Ansprechperson in der Schule.' },
    ],
  },
  {
    id: 'p50',
    kommune: 'wuppertal',
    titel: 'Jugendwerkstatt: praktisch lernen statt Schulmüdigkeit',
    beschreibung:
      'In der Jugendwerkstatt arbeiten schulmüde Jugendliche ab 15 Jahren an drei Tagen pro Woche in Holz-, Metall- und Fahrradwerkstätten und gehen an zwei Tagen in ihre Schule. ' +
      'Anleiterinnen und Anleiter mit Handwerksausbildung und eine Sozialpädagogin begleiten sie; am Ende steht ein Zertifikat, und viele holen ihren Hauptschulabschluss nach. ' +
      'Betriebe aus der Nachbarschaft bieten Praktika an. ' +
      'Etwa die Hälfte der Teilnehmenden geht anschließend in eine Ausbildung oder eine berufsvorbereitende Maßnahme.',
    handlungsfelder: ['berufsorientierung', 'praevention'],
    altersphasen: ['10-15', '16-18'],
    zielgruppen: ['schulmüde Jugendliche ab 15 Jahren'],
    ressourcen: {
      personal: '3 Anleitungen aus dem Handwerk, 1 Stelle Sozialpädagogik',
      geld: 'rund 260.000 € im Jahr aus ESF-, Landes- und kommunalen Mitteln',
      raeume: 'Werkstatthalle mit Holz-, Metall- und Fahrradbereich, Aufenthaltsraum',
    },
    seit: 2008,
    kontakt: { name: 'Uwe Rademacher', funktion: 'Leitung Jugendwerkstatt', email: 'uwe.rademacher@example.org' },
    links: ['https://example.org/wuppertal/jugendwerkstatt'],
    kontext: [
      { frage: 'inst-09', antwort: 'Die Schulaufsicht hat die Teilnahme als Erfüllung der Schulpflicht an drei Tagen anerkannt; das war die größte Hürde.' },
      { frage: 'proj-12', antwort: 'Werkzeug und Maschinen für drei Werkstätten; die Fahrradwerkstatt finanziert sich zum Teil über Reparaturen für die Nachbarschaft.' },
      { frage: 'indi-08', antwort: 'Die Anleitungen sind Handwerker mit Geduld; die Jugendlichen akzeptieren sie, weil sie nicht wie Lehrkräfte auftreten.' },
    ],
  },

  // ── Kreis Düren ──────────────────────────────────────────────────────────────────────────
  {
    id: 'p51',
    kommune: 'kreis-dueren',
    titel: 'Elternnetzwerk: Elternbegleiterinnen und Elternbegleiter an Grundschulen',
    beschreibung:
      'Engagierte Eltern werden in einer Kursreihe zu Elternbegleiterinnen und Elternbegleitern qualifiziert und sind danach an ihrer Grundschule Ansprechpersonen für andere Eltern. ' +
      'Sie organisieren Elterncafés, begleiten neue Familien bei der Einschulung, übersetzen bei Elternabenden und geben Rückmeldungen aus der Elternschaft an die Schulleitung weiter. ' +
      'Ein kreisweites Netzwerk trifft sich viermal im Jahr zu Austausch und Fortbildung. ' +
      'An den beteiligten Schulen kommen deutlich mehr Eltern zu Elternabenden, und die Klassenpflegschaften sind vielfältiger besetzt.',
    handlungsfelder: ['elternarbeit', 'sozialraum'],
    altersphasen: ['6-9'],
    zielgruppen: ['Eltern von Grundschulkindern', 'Schulleitungen'],
    ressourcen: {
      personal: '0,5 Stelle Netzwerkkoordination beim Kreis, ehrenamtliche Elternbegleitungen',
      geld: 'rund 30.000 € im Jahr für Kurse, Aufwandsentschädigungen und Netzwerktreffen',
      raeume: 'Elterncafé-Raum in der Schule, Tagungsraum des Kreises',
    },
    seit: 2013,
    kontakt: { name: 'Maria Schmitz', funktion: 'Bildungsbüro des Kreises, Elternarbeit', email: 'maria.schmitz@example.org' },
    links: [],
    kontext: [
      { frage: 'inst-20', antwort: 'Der Kreis koordiniert und qualifiziert; die Städte und Gemeinden als Schulträger stellen Räume und unterstützen vor Ort.' },
      { frage: 'indi-10', antwort: 'Die Schulleitungen sprechen Eltern gezielt an; die Kursreihe umfasst acht Abende und ist kostenlos.' },
      { frage: 'disk-10', antwort: 'Schulleitungen müssen bereit sein, Kritik aus der Elternschaft zu hören. Wo das fehlt, ziehen sich die Elternbegleitungen zurück.' },
      { frage: 'sozr-05', antwort: 'Im Kreis gibt es städtische Schulen und kleine Dorfschulen; in Dorfschulen reicht oft eine Elternbegleitung für die ganze Schule.' },
    ],
  },
  {
    id: 'p52',
    kommune: 'kreis-dueren',
    titel: 'Kreisweite Bildungskonferenz mit Kooperationsvereinbarung',
    beschreibung:
      'Der Kreis, die kreisangehörigen Städte und Gemeinden, die Schulaufsicht und die freien Träger haben im Regionalen Bildungsnetzwerk eine Kooperationsvereinbarung geschlossen, die gemeinsame Ziele für die Präventionskette von der Geburt bis zum Beruf festlegt. ' +
      'Eine Bildungskonferenz mit Landrat, Bürgermeisterinnen und Bürgermeistern, Schulaufsicht und Trägern tagt einmal im Jahr; ein Lenkungskreis und drei Facharbeitskreise bereiten ihre Beschlüsse vor. ' +
      'Das Bildungsbüro des Kreises koordiniert, erstellt ein Bildungsmonitoring und unterstützt kleinere Gemeinden ohne eigene Planungsstelle. ' +
      'Kreisjugendamt und Schulträger sprechen dadurch erstmals mit einer Stimme über Übergänge und Ganztag.',
    handlungsfelder: ['sozialraum', 'uebergaenge', 'betreuung'],
    altersphasen: ['0-2', '3-5', '6-9', '10-15', '16-18'],
    zielgruppen: ['Verwaltungsspitzen und Schulträger', 'Schulaufsicht', 'Träger der Jugendhilfe'],
    ressourcen: {
      personal: '2 Stellen im Bildungsbüro des Kreises',
      geld: 'rund 180.000 € im Jahr, Kreis und Land je zur Hälfte',
      raeume: 'Kreishaus, wechselnde Tagungsorte in den Gemeinden',
    },
    seit: 2011,
    kontakt: { name: 'Dr. Peter Kurth', funktion: 'Leitung Bildungsbüro des Kreises', email: 'peter.kurth@example.org' },
    links: ['https://example.org/kreis-dueren/bildungskonferenz'],
    kontext: [
      { frage: 'inst-20', antwort: 'Das Kreisjugendamt ist für die meisten Gemeinden zuständig, Schulträger sind die Gemeinden – deshalb braucht es die gemeinsame Vereinbarung.' },
      { frage: 'inst-10', antwort: 'Das Bildungsbüro ist Geschäftsstelle des Regionalen Bildungsnetzwerks und führt das Monitoring.' },
      { frage: 'disk-01', antwort: 'Der Landrat hat die Bildungskonferenz eröffnet und leitet sie bis heute selbst; das gibt ihr Gewicht.' },
      { frage: 'disk-05', antwort: 'Leitgedanke ist „Bildung von der Geburt bis zum Beruf aus einer Hand“, beschlossen in der ersten Bildungskonferenz.' },
      { frage: 'indi-16', antwort: 'Die Leitung des Bildungsbüros muss Bürgermeisterinnen, Schulaufsicht und Träger gleichermaßen ernst nehmen und darf keine Seite bevorzugen.' },
    ],
  },
  {
    id: 'p53',
    kommune: 'kreis-dueren',
    titel: 'Elternabende zur Medienerziehung: Smartphone, Games und Co.',
    beschreibung:
      'Medienpädagoginnen des Medienzentrums bieten Grundschulen und weiterführenden Schulen im ganzen Kreis interaktive Elternabende zu Smartphone-Nutzung, Computerspielen, sozialen Netzwerken und Bildschirmzeiten an. ' +
      'Eltern probieren selbst Apps und Spiele aus, erarbeiten Familienregeln und erhalten mehrsprachige Handzettel. ' +
      'Für Schulen, an denen viele Eltern Elternabende selten besuchen, gibt es ein Vormittagsformat im Elterncafé. ' +
      'Jährlich finden rund 80 Elternabende statt, oft verbunden mit Projekttagen für die Kinder.',
    handlungsfelder: ['medienbildung', 'elternarbeit', 'praevention'],
    altersphasen: ['6-9', '10-15'],
    zielgruppen: ['Eltern', 'Schulen'],
    ressourcen: {
      personal: '2 Medienpädagoginnen mit zusammen 1 Stelle',
      geld: 'rund 70.000 € im Jahr; für Schulen kostenlos',
      raeume: 'Aula oder Klassenraum der Schule, Beamer und WLAN',
    },
    seit: 2016,
    kontakt: { name: 'Sarah Quadflieg', funktion: 'Medienzentrum des Kreises', email: 'sarah.quadflieg@example.org' },
    links: ['https://example.org/kreis-dueren/medienelternabend'],
    kontext: [
      { frage: 'proj-11', antwort: 'Die Handzettel gibt es in sieben Sprachen; bei Bedarf bringen Schulen eigene Sprachmittlerinnen mit.' },
      { frage: 'sozr-06', antwort: 'In ländlichen Gemeinden kommen Eltern eher in die Schule vor Ort; deshalb fahren wir hin statt zentral einzuladen.' },
      { frage: 'proj-21', antwort: 'Das Ausprobieren von Apps ist der wichtigste Teil; Vortragsanteile lassen sich kürzen.' },
    ],
  },

  // ── Kreis Unna ───────────────────────────────────────────────────────────────────────────
  {
    id: 'p54',
    kommune: 'kreis-unna',
    titel: 'Übergang Kita–Grundschule: Tandemkonferenzen',
    beschreibung:
      'In allen Städten und Gemeinden des Kreises bilden je eine Grundschule und die Kitas ihres Einzugsgebiets ein Übergangstandem. ' +
      'Die Tandems treffen sich dreimal im Jahr zu Konferenzen, in denen sie gemeinsame Aktivitäten für die Vorschulkinder planen – Schulbesuche, Patenschaften mit Erstklässlern, gemeinsame Elternabende – und mit Einverständnis der Eltern über einzelne Kinder sprechen. ' +
      'Ein kreisweit einheitlicher Übergabebogen und ein Jahreskalender für das letzte Kita-Jahr sorgen für Verbindlichkeit. ' +
      'Die Koordination liegt beim Bildungsbüro, das die Tandems berät und jährlich einen Fachtag ausrichtet.',
    handlungsfelder: ['uebergaenge', 'elternarbeit'],
    altersphasen: ['3-5', '6-9'],
    zielgruppen: ['Vorschulkinder', 'Kita-Teams und Grundschulkollegien', 'Eltern'],
    ressourcen: {
      personal: '0,5 Stelle Koordination im Bildungsbüro, drei Konferenztermine pro Jahr für Kita- und Schulleitungen',
      geld: 'rund 12.000 € im Jahr für Fachtag und Material',
      raeume: 'wechselnd Kita oder Grundschule',
    },
    seit: 2012,
    kontakt: { name: 'Ingrid Vogt', funktion: 'Bildungsbüro des Kreises, Übergänge', email: 'ingrid.vogt@example.org' },
    links: ['https://example.org/kreis-unna/tandems'],
    kontext: [
      { frage: 'inst-20', antwort: 'Der Kreis stellt Koordination, Bogen und Fachtag; die Städte und Gemeinden als Schulträger verpflichten ihre Schulen zur Teilnahme.' },
      { frage: 'inst-12', antwort: 'Der Übergabebogen wird nur mit schriftlicher Einwilligung der Eltern weitergegeben; die Vorlage ist kreisweit abgestimmt.' },
      { frage: 'disk-08', antwort: 'Am Anfang saßen Erzieherinnen und Lehrkräfte getrennt; heute planen sie gemeinsam. Der Fachtag war dafür entscheidend.' },
      { frage: 'indi-20', antwort: 'Drei Termine im Jahr sind das Maximum, das Kitas und Schulen neben ihrem Alltag schaffen.' },
    ],
  },
  {
    id: 'p55',
    kommune: 'kreis-unna',
    titel: 'Berufseinstiegsbegleitung für Förderschülerinnen und Förderschüler',
    beschreibung:
      'An den Förderschulen mit den Schwerpunkten Lernen sowie emotionale und soziale Entwicklung begleiten Berufseinstiegsbegleiterinnen und -begleiter Jugendliche ab der Vorabgangsklasse bis ins erste Ausbildungsjahr. ' +
      'Sie arbeiten eng mit dem Integrationsfachdienst, der Reha-Beratung der Agentur für Arbeit und Betrieben zusammen, die Praktika mit besonderer Begleitung anbieten. ' +
      'Jede und jeder Jugendliche hat eine feste Bezugsperson, die auch die Eltern einbezieht und nach der Schule Kontakt hält. ' +
      'Der Kreis erhebt jährlich, wo die Abgängerinnen und Abgänger sechs Monate nach Schulende stehen; der Anteil in Ausbildung oder unterstützter Beschäftigung ist seit Beginn gestiegen.',
    handlungsfelder: ['berufsorientierung', 'uebergaenge'],
    altersphasen: ['10-15', '16-18'],
    zielgruppen: ['Jugendliche an Förderschulen', 'Eltern', 'Ausbildungsbetriebe'],
    ressourcen: {
      personal: '4 Stellen Berufseinstiegsbegleitung beim Bildungsträger',
      geld: 'rund 260.000 € im Jahr, Mittel der Agentur für Arbeit und des Kreises',
      raeume: 'Büros in den Förderschulen',
    },
    seit: 2012,
    kontakt: { name: 'Bernd Schulze-Wierling', funktion: 'Kommunale Koordinierung Übergang Schule–Beruf', email: 'bernd.schulze-wierling@example.org' },
    links: [],
    kontext: [
      { frage: 'inst-15', antwort: 'Agentur für Arbeit, Integrationsfachdienst und Kreis haben eine Kooperationsvereinbarung; die Kammern unterstützen bei der Betriebsakquise.' },
      { frage: 'proj-10', antwort: 'Verbleibserhebung sechs Monate nach Schulende durch die Begleitungen selbst; die Ergebnisse gehen an die Steuergruppe.' },
      { frage: 'indi-08', antwort: 'Beharrlichkeit und ein langer Atem; viele Jugendliche brauchen mehrere Anläufe.' },
      { frage: 'proj-22', antwort: 'Von der Vorabgangsklasse bis höchstens zwei Jahre nach Schulende.' },
    ],
  },
  {
    id: 'p56',
    kommune: 'kreis-unna',
    titel: 'Schulgesundheitsfachkräfte an Grundschulen und weiterführenden Schulen',
    beschreibung:
      'An acht Schulen arbeiten Gesundheitsfachkräfte mit einer Ausbildung in der Kinderkrankenpflege, die beim Gesundheitsamt des Kreises angestellt sind. ' +
      'Sie versorgen Kinder bei Unfällen und Beschwerden, beraten zu chronischen Erkrankungen wie Diabetes oder Asthma, gestalten Projekte zu Ernährung, Bewegung und Hygiene und sind Ansprechpersonen für Eltern und Lehrkräfte. ' +
      'Fehlen Vorsorgeuntersuchungen oder Zahnarztbesuche, vermitteln sie an Praxen und an den Kinder- und Jugendgesundheitsdienst. ' +
      'Die Lehrkräfte fühlen sich entlastet, und weniger Kinder werden wegen Bauchschmerzen nach Hause geschickt.',
    handlungsfelder: ['gesundheit', 'beratung'],
    altersphasen: ['6-9', '10-15'],
    zielgruppen: ['Schülerinnen und Schüler', 'chronisch kranke Kinder', 'Eltern', 'Lehrkräfte'],
    ressourcen: {
      personal: '8 Gesundheitsfachkräfte mit je 0,75 Stelle',
      geld: 'rund 420.000 € im Jahr, Kreis und Krankenkassen',
      raeume: 'Krankenzimmer mit Liege und Waschbecken in jeder Schule',
    },
    seit: 2018,
    kontakt: { name: 'Dr. Renate Hölscher', funktion: 'Kinder- und Jugendgesundheitsdienst, Gesundheitsamt des Kreises', email: 'renate.hoelscher@example.org' },
    links: [],
    kontext: [
      { frage: 'proj-18', antwort: 'Gesucht werden Gesundheits- und Kinderkrankenpflegerinnen mit Berufserfahrung; wegen des Pflegemangels dauert die Besetzung Monate.' },
      { frage: 'proj-14', antwort: 'Für die Gabe von Medikamenten braucht es eine ärztliche Verordnung und eine Einwilligung der Eltern; ein Leitfaden regelt das.' },
      { frage: 'inst-21', antwort: 'Arbeitgeber ist der Kreis; die Schulen stellen Raum und Ausstattung.' },
      { frage: 'sozr-18', antwort: 'In mehreren Gemeinden gibt es kaum Kinderarztpraxen mit freien Kapazitäten; das erhöht den Beratungsbedarf.' },
    ],
  },
  {
    id: 'p57',
    kommune: 'kreis-unna',
    titel: 'Jugendkreistag und Juniorwahl',
    beschreibung:
      'Alle zwei Jahre wählen Schülerinnen und Schüler ab Klasse 8 aus allen weiterführenden Schulen und Berufskollegs einen Jugendkreistag, der Anträge an den Kreistag stellen kann und ein eigenes Budget für Jugendprojekte verwaltet. ' +
      'Vor Kommunal-, Landtags- und Bundestagswahlen findet an den Schulen eine Juniorwahl statt, vorbereitet mit Unterrichtsmaterial und Podiumsdiskussionen mit Kandidierenden. ' +
      'Die Geschäftsführung liegt bei der Kreisjugendpflege, die die Sitzungen mit den Jugendlichen vorbereitet. ' +
      'Der Jugendkreistag hat unter anderem einen Nachtbus und kostenlose Menstruationsartikel an Schulen durchgesetzt.',
    handlungsfelder: ['demokratiebildung'],
    altersphasen: ['10-15', '16-18'],
    zielgruppen: ['Jugendliche ab Klasse 8', 'Kreistag und Verwaltung'],
    ressourcen: {
      personal: '0,5 Stelle in der Kreisjugendpflege',
      geld: 'rund 40.000 € im Jahr einschließlich 15.000 € Projektbudget',
      raeume: 'Sitzungssaal des Kreishauses',
    },
    seit: 2015,
    kontakt: { name: 'Timo Brenner', funktion: 'Kreisjugendpflege', email: 'timo.brenner@example.org' },
    links: ['https://example.org/kreis-unna/jugendkreistag'],
    kontext: [
      { frage: 'inst-13', antwort: 'Der Kreistag hat Antragsrecht und Budget des Jugendkreistags in der Hauptsatzung verankert.' },
      { frage: 'disk-02', antwort: 'Die Fraktionen waren erst skeptisch; eine gemeinsame Sitzung mit Jugendlichen hat sie überzeugt.' },
      { frage: 'sozr-06', antwort: 'Die Sitzungen liegen nachmittags, und die Fahrtkosten werden erstattet, damit auch Jugendliche aus entfernten Gemeinden kommen.' },
    ],
  },

  // ── Kreis Warendorf ──────────────────────────────────────────────────────────────────────
  {
    id: 'p58',
    kommune: 'kreis-warendorf',
    titel: 'Familienhebammen in den Gemeinden',
    beschreibung:
      'Familienhebammen sowie Familien-, Gesundheits- und Kinderkrankenpflegerinnen begleiten Familien mit besonderem Unterstützungsbedarf von der Schwangerschaft bis zum ersten Geburtstag des Kindes zu Hause. ' +
      'Sie sind bei einem Träger im Kreis angestellt und arbeiten in festen Bezirken, sodass auch Familien in kleinen Gemeinden und auf abgelegenen Höfen erreicht werden. ' +
      'Vermittelt wird über Geburtskliniken, Frauenarztpraxen, Schwangerschaftsberatung und Jugendamt; die Begleitung ist freiwillig und kostenlos. ' +
      'Familien beschreiben die Familienhebamme oft als erste Person, der sie ihre Sorgen anvertraut haben.',
    handlungsfelder: ['gesundheit', 'beratung', 'elternarbeit'],
    altersphasen: ['0-2'],
    zielgruppen: ['Schwangere und Familien mit Säuglingen in belasteten Lebenslagen'],
    ressourcen: {
      personal: '6 Familienhebammen und Kinderkrankenpflegerinnen mit zusammen 4 Stellen, 0,5 Stelle Koordination',
      geld: 'rund 320.000 € im Jahr aus Mitteln der Bundesstiftung Frühe Hilfen und des Kreises',
      raeume: 'Büro beim Träger, Dienstwagen für die Hausbesuche',
    },
    seit: 2012,
    kontakt: { name: 'Anne Hölting', funktion: 'Netzwerkkoordination Frühe Hilfen, Kreisjugendamt', email: 'anne.hoelting@example.org' },
    links: [],
    kontext: [
      { frage: 'sozr-05', antwort: 'Ländlicher Kreis mit vielen kleinen Gemeinden und Bauerschaften; die Fahrzeiten machen ein Drittel der Arbeitszeit aus.' },
      { frage: 'proj-12', antwort: 'Ohne Dienstwagen geht es nicht; Busse fahren in manche Bauerschaften nur zweimal am Tag.' },
      { frage: 'inst-11', antwort: 'Die Netzwerkkoordination Frühe Hilfen sitzt im Kreisjugendamt; die Städte mit eigenem Jugendamt haben eigene Netzwerke, mit denen wir uns abstimmen.' },
      { frage: 'proj-18', antwort: 'Familienhebammen mit Zusatzqualifikation sind schwer zu finden; wir finanzieren die Weiterbildung für interessierte Hebammen.' },
      { frage: 'disk-11', antwort: 'Wir sagen deutlich, dass die Familienhebamme nicht im Auftrag des Jugendamts kontrolliert; Weitergaben gibt es nur bei Gefährdung.' },
    ],
  },
  {
    id: 'p59',
    kommune: 'kreis-warendorf',
    titel: 'Ferienprogramm auf dem Land mit Fahrdienst',
    beschreibung:
      'Die Kreisjugendpflege stellt gemeinsam mit Vereinen, Landfrauen, Feuerwehren und Betrieben ein Ferienprogramm mit über 300 Aktionen in allen Gemeinden zusammen. ' +
      'Damit auch Kinder aus Familien ohne Auto teilnehmen können, fahren Kleinbusse von festen Haltepunkten in den Ortsteilen ab; für Familien mit geringem Einkommen sind die Plätze kostenlos. ' +
      'Angemeldet wird online oder mit Papierformularen, die in Schulen und Rathäusern ausliegen. ' +
      'Jedes Jahr nehmen rund 4.000 Kinder und Jugendliche teil, zunehmend auch aus Familien mit Anspruch auf Bildung und Teilhabe.',
    handlungsfelder: ['ferienangebote', 'sozialraum'],
    altersphasen: ['6-9', '10-15'],
    zielgruppen: ['Kinder und Jugendliche von 6 bis 14 Jahren', 'Familien ohne Auto'],
    ressourcen: {
      personal: '1 Stelle Kreisjugendpflege in der Ferienzeit, Ehrenamtliche der Vereine, Fahrerinnen und Fahrer auf Minijob-Basis',
      geld: 'rund 90.000 € im Jahr, davon etwa ein Drittel für den Fahrdienst',
      raeume: 'Vereinsheime, Höfe, Feuerwehrhäuser und Turnhallen',
    },
    seit: 2010,
    kontakt: { name: 'Klaus Westermann', funktion: 'Kreisjugendpflege', email: 'klaus.westermann@example.org' },
    links: ['https://example.org/kreis-warendorf/ferienprogramm'],
    kontext: [
      { frage: 'sozr-06', antwort: 'In den Ferien fahren die Schulbusse nicht, und viele Linien sind ausgedünnt; ohne Fahrdienst kämen die Kinder aus den Bauerschaften nicht.' },
      { frage: 'sozr-21', antwort: 'Schützenvereine, Landfrauen, Feuerwehren und Sportvereine tragen den Großteil der Aktionen.' },
      { frage: 'proj-19', antwort: 'Aktionen kosten meist 3 bis 15 €; mit Nachweis über Bildung und Teilhabe oder auf Antrag ist die Teilnahme kostenlos.' },
      { frage: 'proj-14', antwort: 'Die Vereine sind über ihre Verbände versichert; für Fahrten gibt es eine Sammelversicherung des Kreises.' },
    ],
  },
  {
    id: 'p60',
    kommune: 'kreis-warendorf',
    titel: 'Beratungsbus für junge Menschen im ländlichen Raum',
    beschreibung:
      'Ein umgebauter Kleinbus fährt nach festem Plan in die Gemeinden des Kreises und hält an Schulen, Berufskollegs, Jugendtreffs und Marktplätzen. ' +
      'Im Bus beraten eine Fachkraft der Jugendberufshilfe und im Wechsel Fachleute von Agentur für Arbeit, Jobcenter und Schuldnerberatung junge Menschen zwischen 15 und 25 Jahren zu Ausbildung, Geld, Wohnen und Problemen zu Hause. ' +
      'Über Instagram kündigt das Team die Haltepunkte an und nimmt Terminwünsche entgegen. ' +
      'So werden junge Menschen erreicht, die den Weg in die Kreisstadt nicht auf sich nehmen würden.',
    handlungsfelder: ['beratung', 'berufsorientierung'],
    altersphasen: ['16-18', '19-24'],
    zielgruppen: ['junge Menschen von 15 bis 25 Jahren im ländlichen Raum'],
    ressourcen: {
      personal: '1,5 Stellen Jugendberufshilfe, Stunden der Partner im Wechsel',
      geld: 'einmalig rund 80.000 € für den Bus (ELER-Mittel), laufend rund 110.000 € im Jahr',
      raeume: 'der Beratungsbus selbst, Stellplätze an Schulen und Marktplätzen',
    },
    seit: 2019,
    kontakt: { name: 'Svenja Tegeler', funktion: 'Jugendberufshilfe des Kreises', email: 'svenja.tegeler@example.org' },
    links: [],
    kontext: [
      { frage: 'proj-03', antwort: 'Der Bus wurde aus ELER-Mitteln für den ländlichen Raum gekauft; Personal tragen Kreis und Jobcenter.' },
      { frage: 'sozr-05', antwort: 'Viele Jugendliche leben in Dörfern ohne eigene Beratungsstelle; bis zur Kreisstadt ist man mit dem Bus eine Stunde unterwegs.' },
      { frage: 'proj-23', antwort: 'Instagram und Aushänge in Schulen funktionieren am besten; Flyer allein haben kaum jemanden erreicht.' },
      { frage: 'inst-15', antwort: 'Agentur für Arbeit, Jobcenter und Schuldnerberatung stellen Beratungsstunden nach einem gemeinsamen Tourplan.' },
    ],
  },
];

export const praxisbeispielById: ReadonlyMap<string, Praxisbeispiel> = new Map(praxisbeispiele.map((p) => [p.id, p]));
