import type { KontextFrageDto, Luecke } from '../../../domain/transfer/contracts.js';
import type { FrageRow, KommuneRef, LueckeRow, PraxisRow, TransferRow } from './transfer.repository.js';

const ref = (k: { id: string; name: string } | undefined, id: string) => ({ id, name: k?.name ?? 'unbekannte Kommune' });

export const presentFrage = (f: FrageRow): KontextFrageDto => ({ id: f.id, code: f.code, dimension: f.dimension as KontextFrageDto['dimension'], frage: f.frage, hinweis: f.hinweis, aktiv: f.aktiv, version: f.version });

export const presentLuecke = (l: LueckeRow, kommunen: Map<string, KommuneRef>): Luecke => ({
  id: l.id,
  kommune: ref(kommunen.get(l.kommuneId), l.kommuneId),
  handlungsfeld: l.handlungsfeld as Luecke['handlungsfeld'],
  altersphase: l.altersphase as Luecke['altersphase'],
  beschreibung: l.beschreibung,
  prioritaet: l.prioritaet as Luecke['prioritaet'],
  status: l.status as Luecke['status'],
  version: l.version,
  aktualisiertAm: l.aktualisiertAm.toISOString(),
});

export const presentPraxisKopf = (p: PraxisRow, kommunen: Map<string, KommuneRef>) => ({
  id: p.id,
  kommune: ref(kommunen.get(p.kommuneId), p.kommuneId),
  titel: p.titel,
  beschreibung: p.beschreibung,
  handlungsfelder: p.handlungsfelder,
  altersphasen: p.altersphasen,
  zielgruppen: p.zielgruppen,
  seit: p.seit,
  version: p.version,
});

export const presentTransfer = (t: TransferRow, kommunen: Map<string, KommuneRef>, praxis: PraxisRow | undefined) => ({
  id: t.id,
  praxis: { id: t.praxisId, titel: praxis?.titel ?? 'gelöschtes Praxisbeispiel' },
  lueckeId: t.lueckeId,
  anfragend: ref(kommunen.get(t.anfragendeKommuneId), t.anfragendeKommuneId),
  abgebend: ref(kommunen.get(t.abgebendeKommuneId), t.abgebendeKommuneId),
  anliegen: t.anliegen,
  phase: t.phase,
  termin: t.termin?.toISOString() ?? null,
  ort: t.ort,
  treffenId: t.treffenId,
  angepassteUmsetzung: t.angepassteUmsetzung,
  erfahrung: t.erfahrung,
  abgeschlossenAm: t.abgeschlossenAm?.toISOString() ?? null,
  version: t.version,
  aktualisiertAm: t.aktualisiertAm.toISOString(),
});
