// DEVELOPMENT SET for the ranking: for every demo gap (`demoLuecken` in gaps.ts) the 1–3 good
// practices of OTHER municipalities that a knowledgeable coordinator of the learning network would
// recommend. It is used to choose the ranking weights and is kept apart from the evaluation set in
// labelled-gaps.ts (`bewerteteLuecken`), which must not be used for tuning.
// Labelled by reading the gap text and the practices' titles and descriptions only – no ranking
// code was run. A second or third practice is listed only where it also answers the gap.

export const demoLueckenRelevant: Record<string, string[]> = {
  g01: ['p42', 'p12'], // no meeting point for families before Kita → Eltern-Kind-Treff, Familienzentren-Verbund
  g02: ['p46', 'p18'], // drop-outs in the first Berufskolleg year → coaching into the first months, Jugendberufsagentur
  g03: ['p56'], // no breakfast, overweight at primary schools → Schulgesundheitsfachkräfte
  g04: ['p22', 'p48', 'p57'], // "nobody listens to us" → Jugendräte, Stadtteilplanung mit Jugendlichen, Jugendkreistag
  g05: ['p44', 'p32'], // no tech after primary school, no girls → Makerspace, Mädchengruppe with technical careers
  g06: ['p04', 'p17'], // little German in Kita, team overloaded → Sprachkitas (alltagsintegriert), Rucksack Kita
  g07: ['p49', 'p02'], // volunteer reading mentors → Lesepatenschaften
  g08: ['p41'], // leaving care at 18 → Careleaver-Begleitung
  g09: ['p09', 'p42'], // reaching families with one-year-olds → visit at first birthday, Eltern-Kind-Treff
  g10: ['p29'], // chronic absenteeism, shifted responsibility → Clearingstelle Schulverweigerung
  g11: ['p15', 'p27'], // transfer after grade 4 → Elternbegleitung beim Wechsel, Übergangslotsen
  g12: ['p43'], // summer holidays at home, German lost → Sommercamp mit Sprachwerkstatt
  g13: ['p21', 'p53'], // cyberbullying in class chats, clueless parents → Medienscouts, Elternabende Medienerziehung
  g14: ['p54', 'p45', 'p05'], // Kita and Grundschule don't talk → Tandemkonferenzen, Portfolio, Bildungshaus
  g15: ['p10', 'p52'], // Verantwortungsgemeinschaft → Bildungsvereinbarung im Stadtteil, Bildungskonferenz
  g16: ['p16'], // no paediatrician, no insurance for newcomers → Gesundheitslotsinnen
  g17: ['p51', 'p23'], // empty parents' evenings → Elternnetzwerk, Familiengrundschulzentren
  g18: ['p19'], // Seiteneinsteiger without afternoon offers → Sprachcafé
  g19: ['p40'], // no common OGS standards → Qualitätszirkel Offener Ganztag
  g20: ['p38', 'p60'], // young adults the Jobcenter no longer reaches → Streetwork, Beratungsbus
  g21: ['p06', 'p24'], // young single mothers → Teilzeitausbildung, Junge Mütter im Quartier
  g22: ['p13'], // no science in the OGS, staff unsure → Forscherwerkstatt with training
  g23: ['p48', 'p22'], // no place for youth, never asked → Beteiligung an Stadtteilplanung, Jugendräte
  g24: ['p17', 'p20'], // home language of immigrant mothers → Rucksack Kita, Stadtteilmütter
  g25: ['p14'], // cannabis and vapes in year 7 → Suchtprävention
  g26: ['p07'], // Bildung und Teilhabe not claimed → Teilhabelotsinnen
  g27: ['p30', 'p55'], // what becomes of Förderschule leavers → Verbleibsmonitoring, Berufseinstiegsbegleitung
  g28: ['p26'], // violent conflicts at primary schools, teachers alone → Schulsozialarbeit an Grundschulen
  g29: ['p08', 'p33'], // welcome visit without looking like control → Babybegrüßungsdienst, Babylotsinnen
  g30: ['p25'], // no suitable internships, small firms never asked → Praktikumsbörse im Quartier
  g31: ['p59'], // nothing in the holidays, no car → Ferienprogramm mit Fahrdienst
  g32: ['p56'], // children with diabetes or asthma → Schulgesundheitsfachkräfte
  g33: ['p18'], // running between agencies → Jugendberufsagentur
  g34: ['p35', 'p48'], // primary children never asked about schoolyard and rules → Klassenrat, Schulhofplanung
  g35: ['p36'], // missing Kita places, interim solution → Spielgruppen für Kinder ohne Kita-Platz
  g36: ['p53'], // when should a child get a phone → Elternabende Medienerziehung
  g37: ['p11'], // young families without a network → Familienpatenschaften
  g38: ['p47', 'p44'], // no voluntary reading from grade 5, library unattractive → Leseclubs, Makerspace in der Bibliothek
  g39: ['p28'], // too little movement, sports clubs can't reach families → Bewegte Kita
  g40: ['p34'], // no homework help from grade 5 → Hausaufgabenhilfe und Lerncafé
};
