import type { ListenArt } from '../../../domain/transitions/round-contracts.js';

const id = encodeURIComponent;

export const transitionsHome = '/uebergaenge';
export const createHref = '/uebergaenge/neu';
export const rundeHref = (rundeId: string) => `/uebergaenge/${id(rundeId)}`;
export const listeHref = (rundeId: string, schuleId: string, art: ListenArt) => `${rundeHref(rundeId)}/listen/${id(schuleId)}/${id(art)}`;
export const pruefungHref = (rundeId: string) => `${rundeHref(rundeId)}/pruefung`;
export const faelleHref = (rundeId: string, filter?: { schuleId?: string }) => `${rundeHref(rundeId)}/faelle${filter?.schuleId ? `?schule=${id(filter.schuleId)}` : ''}`;
export const fallHref = (rundeId: string, fallId: string) => `${rundeHref(rundeId)}/faelle/${id(fallId)}`;
export const uebersichtHref = (rundeId: string) => `${rundeHref(rundeId)}/uebersicht`;
