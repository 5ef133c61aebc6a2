import type { Eintrag, Fall, ListenArt, Pruefung, Runde, RundeKopf } from '../../../domain/transitions/round-contracts.js';
import { artOfSeite, parseEntryKey, type RundeAccess } from './transitions-access.js';
import { statisticsOf, type RoundEntry, type RoundState } from './round-state.js';
import type { FallRow, SchuleInfo } from './transitions.repository.js';

const iso = (d: Date | null) => (d ? d.toISOString() : null);
const ref = (s: { id: string; name: string }) => ({ id: s.id, name: s.name });

export function presentKopf(a: RundeAccess): RundeKopf {
  const r = a.runde;
  return {
    id: r.id,
    kommune: ref(a.kommune),
    bezeichnung: r.bezeichnung,
    schuljahr: r.schuljahr,
    frist: r.frist,
    aufbewahrungTage: r.aufbewahrungTage,
    status: r.status as RundeKopf['status'],
    abgeschlossenAm: iso(r.abgeschlossenAm),
    loeschungAm: iso(r.geloeschtAm ?? r.loeschungAm),
    version: r.version,
    rechte: {
      koordination: a.koordination,
      listen: r.status === 'geloescht' ? [] : a.eigeneSchulen.map((s) => ({ schuleId: s.id, schuleName: s.name, art: artOfSeite[s.seite] })),
    },
  };
}

export function presentRunde(a: RundeAccess, state: RoundState, listen: { schuleId: string; art: string; eintraege: number; hochgeladenAm: Date }[]): Runde {
  const r = a.runde;
  // After deletion only the counts kept at closing remain.
  const stats = r.statistik ?? statisticsOf(state, a.schulen);
  const lastUpload = listen.reduce<Date | null>((m, l) => (!m || l.hochgeladenAm > m ? l.hochgeladenAm : m), null);
  return {
    ...presentKopf(a),
    schulen: a.schulen.map((s) => {
      const liste = listen.find((l) => l.schuleId === s.id && l.art === artOfSeite[s.seite]);
      const perSchool = stats.schulen.find((x) => x.schuleId === s.id && x.seite === s.seite);
      const faelleOffen = Object.values(perSchool?.faelle ?? {}).reduce((n, c) => n + (c?.offen ?? 0), 0);
      return { id: s.id, name: s.name, schulnummer: s.schulnummer, schulform: s.schulform, seite: s.seite, liste: liste ? { eintraege: liste.eintraege, hochgeladenAm: liste.hochgeladenAm.toISOString() } : null, faelleOffen };
    }),
    abgleich: r.abgleichAm ? { am: r.abgleichAm.toISOString(), veraltet: !!lastUpload && lastUpload > r.abgleichAm } : null,
    zahlen: stats.zahlen,
  };
}

export function presentEintrag(e: RoundEntry, schulen: Map<string, SchuleInfo>): Eintrag {
  const ziel = e.zielschuleId ? schulen.get(e.zielschuleId) : undefined;
  return {
    id: e.id,
    kennung: e.kennung,
    nachname: e.nachname,
    vorname: e.vorname,
    geburtsdatum: e.geburtsdatum,
    geschlecht: e.geschlecht,
    klasse: e.klasse,
    strasse: e.strasse,
    plz: e.plz,
    ort: e.ort,
    zielschule: e.zielschule,
    zielschuleRef: ziel ? ref(ziel) : null,
  };
}

/** Who looks at a case: the coordination sees every name, a school only those on its own lists. */
export interface Viewer {
  koordination: boolean;
  lists: Set<string>;
}
export const viewerOf = (a: RundeAccess): Viewer => ({ koordination: a.koordination, lists: new Set(a.eigeneSchulen.map((s) => `${s.id}:${artOfSeite[s.seite]}`)) });

export function presentFall(f: FallRow, state: RoundState, schulen: Map<string, SchuleInfo>, viewer: Viewer, kommentarAnzahl: number): Fall {
  const zugewiesen = f.zugewiesenAn ? schulen.get(f.zugewiesenAn) : undefined;
  return {
    id: f.id,
    art: f.art as Fall['art'],
    status: f.status as Fall['status'],
    zugewiesen: zugewiesen ? ref(zugewiesen) : null,
    eintraege: f.eintraege.map((key) => {
      const { schuleId, art } = parseEntryKey(key);
      const entry = state.byKey.get(key);
      const mayRead = viewer.koordination || viewer.lists.has(`${schuleId}:${art}`);
      const schule = schulen.get(schuleId);
      return { art: art as ListenArt, schule: { id: schuleId, name: schule?.name ?? 'unbekannte Schule' }, person: entry && mayRead ? presentEintrag(entry, schulen) : null };
    }),
    grund: f.grund as Fall['grund'],
    notiz: f.notiz,
    erledigtAm: iso(f.erledigtAm),
    kommentarAnzahl,
    erstelltAm: f.erstelltAm.toISOString(),
    version: f.version,
  };
}

export function presentPruefung(p: RoundState['paare'][number], state: RoundState, schulen: Map<string, SchuleInfo>): Pruefung | null {
  const a = state.byId.get(p.abgangId);
  const r = state.byId.get(p.anmeldungId);
  if (!a || !r) return null;
  const withSchool = (e: RoundEntry) => ({ ...presentEintrag(e, schulen), schule: { id: e.schuleId, name: schulen.get(e.schuleId)?.name ?? 'unbekannte Schule' } });
  return {
    id: p.id,
    abgang: withSchool(a),
    anmeldung: withSchool(r),
    wahrscheinlichkeit: p.wahrscheinlichkeit,
    felder: p.felder,
    status: p.status ?? 'offen',
    entschiedenAm: iso(p.entschiedenAm),
  };
}

