/**
 * Fictitious people of the demo networks. They have no password (they cannot sign in) and no
 * membership in the scope tree, so they appear only as members of the networks.
 */
export interface DemoPerson {
  name: string;
  email: string;
}

/** The five DialOGStandorte cities with the real school (NRW list) whose leadership tandem takes part. */
export const dialogCities = [
  { key: 'bochum', name: 'Bochum', ags: '05911000' },
  { key: 'dortmund', name: 'Dortmund', ags: '05913000' },
  { key: 'gladbeck', name: 'Gladbeck', ags: '05562014' },
  { key: 'hagen', name: 'Hagen', ags: '05914000' },
  { key: 'hamm', name: 'Hamm', ags: '05915000' },
] as const;
export type CityKey = (typeof dialogCities)[number]['key'];

/** Who takes part in a city's intra-municipal network (DialOG: administration plus the school leadership tandem). */
export type CityRole = 'koordination' | 'jugendamt' | 'schulleitung' | 'ganztag';

const person = (name: string, city: string): DemoPerson => ({
  name,
  email: `${name
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ı/g, 'i')
    .replace(/ł/g, 'l')
    .replace(/[^a-z ]/g, '')
    .trim()
    .replace(/\s+/g, '.')}@${city}.demo.strang.de`,
});

export const cityPeople: Record<CityKey, Record<CityRole, DemoPerson>> = {
  bochum: { koordination: person('Miriam Kowalski', 'bochum'), jugendamt: person('Thomas Brandt', 'bochum'), schulleitung: person('Sabine Wiegand', 'bochum'), ganztag: person('Deniz Aydın', 'bochum') },
  dortmund: { koordination: person('Jörg Hellwig', 'dortmund'), jugendamt: person('Ayşe Demir', 'dortmund'), schulleitung: person('Claudia Neumann', 'dortmund'), ganztag: person('Marco Schulte', 'dortmund') },
  gladbeck: { koordination: person('Petra Olbrich', 'gladbeck'), jugendamt: person('Stefan Kaiser', 'gladbeck'), schulleitung: person('Nadine Wróbel', 'gladbeck'), ganztag: person('Leonie Berger', 'gladbeck') },
  hagen: { koordination: person('Frank Reinecke', 'hagen'), jugendamt: person('Katrin Vogt', 'hagen'), schulleitung: person('Murat Yılmaz', 'hagen'), ganztag: person('Julia Hoffmann', 'hagen') },
  hamm: { koordination: person('Andrea Lange', 'hamm'), jugendamt: person('Michael Sommer', 'hamm'), schulleitung: person('Birgit Krause', 'hamm'), ganztag: person('Tobias Engel', 'hamm') },
};

/** Köln takes part with the demo accounts; the youth office is fictitious. */
export const koelnJugendamt = person('Ulrike Hahn', 'koeln');

/** School social workers in the state-wide online exchange besides the demo accounts. */
export const ssaPeople: DemoPerson[] = [person('Svenja Albers', 'dortmund'), person('Kemal Arslan', 'bochum'), person('Hannah Richter', 'hamm')];

export const allDemoPeople = (): DemoPerson[] => [...Object.values(cityPeople).flatMap((r) => Object.values(r)), koelnJugendamt, ...ssaPeople];
