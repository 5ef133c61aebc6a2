/**
 * Words of the field that mean the same thing to a coordinator, whatever a Kommune calls it: a gap
 * about the "Handy" should find a practice about the "Smartphone", one about children leaving the
 * "Heim" a practice for "Careleaver". Each group becomes one extra index term, so the texts meet
 * even where they share no word. General vocabulary of the field, not phrases of single texts.
 */
export const conceptGroups: Record<string, readonly string[]> = {
  smartphone: ['handy', 'smartphone', 'mobiltelefon', 'handys', 'smartphones'],
  medien: ['medien', 'digital', 'internet', 'online', 'social-media', 'games', 'computerspiele', 'bildschirmzeit'],
  jugendhilfe: ['heim', 'heimen', 'wohngruppe', 'jugendhilfe', 'careleaver', 'stationär', 'pflegefamilie', 'inobhutnahme', 'heimkinder'],
  jugendliche: ['jugendliche', 'jugendlichen', 'teenager', 'heranwachsende', 'jugend'],
  treffpunkt: ['treffpunkt', 'treff', 'anlaufstelle', 'begegnungsort', 'begegnung', 'café', 'cafe', 'raum', 'ort'],
  maedchen: ['mädchen', 'schülerinnen', 'frauen'],
  mint: ['technik', 'mint', 'naturwissenschaft', 'naturwissenschaften', 'informatik', 'forschen', 'tüfteln', 'experimentieren', 'robotik', 'programmieren', 'forscher', 'maker'],
  kita: ['kita', 'kitas', 'kindertagesstätte', 'kindergarten', 'tageseinrichtung', 'krippe', 'tagespflege'],
  grundschule: ['grundschule', 'grundschulen', 'primarstufe'],
  sekundarstufe: ['weiterführende', 'sekundarstufe', 'gesamtschule', 'realschule', 'gymnasium', 'hauptschule', 'sekundarschule'],
  ausbildung: ['ausbildung', 'lehre', 'azubi', 'auszubildende', 'berufseinstieg', 'ausbildungsplatz', 'beruf'],
  geburt: ['schwangere', 'schwangerschaft', 'geburt', 'neugeborene', 'baby', 'babys', 'säugling', 'säuglinge', 'wochenbett', 'hebamme'],
  alleinerziehend: ['alleinerziehend', 'alleinerziehende', 'alleinerziehenden', 'ein-eltern'],
  zuwanderung: ['zuwanderung', 'zugewandert', 'geflüchtete', 'flucht', 'migration', 'migrant', 'migrantinnen', 'neuzugewanderte', 'seiteneinsteiger', 'zugezogen'],
  lesen: ['lesen', 'vorlesen', 'bücher', 'buch', 'bibliothek', 'bücherei', 'lesepaten'],
  ferien: ['ferien', 'sommerferien', 'ferienfreizeit', 'ferienangebot', 'sommer'],
  absentismus: ['schwänzen', 'schulabsentismus', 'fehlzeiten', 'schulverweigerung', 'fehlen', 'schulmüdigkeit'],
  gewalt: ['gewalt', 'mobbing', 'konflikt', 'konflikte', 'streit', 'cybermobbing'],
  sucht: ['sucht', 'drogen', 'alkohol', 'cannabis', 'rauchen', 'konsum'],
  gesundheit: ['gesundheit', 'ernährung', 'bewegung', 'übergewicht', 'zahngesundheit', 'gesund', 'arzt', 'kinderarzt'],
  armut: ['armut', 'bürgergeld', 'transferleistungen', 'arm', 'sgb', 'bildungs-und-teilhabe', 'teilhabe'],
  ehrenamt: ['ehrenamt', 'ehrenamtliche', 'freiwillige', 'paten', 'patenschaft', 'mentoren'],
  beteiligung: ['beteiligung', 'partizipation', 'mitbestimmen', 'mitreden', 'jugendrat', 'kinderparlament', 'mitsprache', 'gefragt', 'wünsche'],
  laendlich: ['ländlich', 'dorf', 'dörfer', 'ortsteil', 'ortsteile', 'ortsteilen', 'land', 'fläche'],
  aufsuchend: ['hausbesuch', 'hausbesuche', 'aufsuchend', 'aufsuchende', 'besuch', 'besuche', 'besuchen'],
  uebergang: ['übergang', 'übergänge', 'wechsel', 'übertritt', 'schulwechsel'],
  daten: ['daten', 'monitoring', 'statistik', 'bericht', 'zahlen', 'kennzahlen', 'auswertung'],
  steuerung: ['steuerung', 'koordination', 'verantwortungsgemeinschaft', 'steuerungsgruppe', 'lenkungskreis', 'gesamtstrategie'],
  ganztag: ['ganztag', 'ogs', 'nachmittagsbetreuung', 'offener ganztag', 'hausaufgabenhilfe'],
  psyche: ['psychisch', 'seelisch', 'psyche', 'depression', 'ängste', 'belastung', 'belastet'],
  wohnen: ['wohnung', 'wohnen', 'obdach', 'wohnungslos', 'wohnungslosigkeit', 'miete'],
  eltern: ['eltern', 'mütter', 'väter', 'elternteil', 'erziehungsberechtigte'],
  sprache: ['sprache', 'deutsch', 'deutschkenntnisse', 'sprachförderung', 'mehrsprachig', 'sprachkenntnisse'],
};
