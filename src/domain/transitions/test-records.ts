import type { PupilRecord } from './contracts.js';

/** A pupil record for tests: only what a test cares about needs saying. */
export const pupil = (id: string, nachname: string, vorname: string, geburtsdatum: string | null, extra: Partial<PupilRecord> = {}): PupilRecord => ({
  id,
  nachname,
  vorname,
  geburtsdatum,
  ...extra,
});
