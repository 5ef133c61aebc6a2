import { seriesTemplates } from '../../../../domain/networks/recurrence.js';

/** The meeting formats of the sources, ready to fill the series form. */
export function listVorlagen() {
  return {
    items: Object.entries(seriesTemplates).map(([code, t]) => ({ code, label: t.label, regel: t.rule, uhrzeit: t.time, dauerMinuten: t.durationMinutes, online: t.online })),
  };
}
