import type { Schule, Sozialraum } from '../../../domain/directory/contracts.js';
import type { KommuneArt } from '../../../domain/directory/vocabulary.js';
import type { KommuneRow, SchuleRow, SozialraumRow } from './directory.repository.js';

export const presentSchule = (s: SchuleRow, kommuneName: string, sozialraumName: string | null): Schule => ({
  id: s.id,
  schulnummer: s.schulnummer,
  name: s.name,
  zusatz: s.zusatz,
  schulform: s.schulform,
  kommuneId: s.kommuneId,
  kommuneName,
  sozialraumId: s.sozialraumId,
  sozialraumName,
  strasse: s.strasse,
  plz: s.plz,
  ort: s.ort,
  rechtsstatus: s.rechtsstatus === 'privat' ? 'privat' : 'oeffentlich',
  schueler: s.schueler,
  sozialindex: s.sozialindex,
  startchancen: s.startchancen,
  lat: s.lat,
  lon: s.lon,
  schuljahr: s.schuljahr,
  version: s.version,
});

export const presentKommune = (k: KommuneRow, schulen: number) => ({ id: k.id, ags: k.ags, name: k.name, art: k.art as KommuneArt, schulen });

export const presentSozialraum = (s: SozialraumRow, schulen: number): Sozialraum => ({
  id: s.id,
  kommuneId: s.kommuneId,
  name: s.name,
  beschreibung: s.beschreibung,
  version: s.version,
  schulen,
});
