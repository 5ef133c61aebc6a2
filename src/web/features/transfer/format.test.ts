import { describe, expect, it } from 'vitest';
import { terminFields, terminIso } from './format.js';

describe('exchange date and time in Berlin time', () => {
  it('adds the offset of the day (summer and winter time)', () => {
    expect(terminIso('2027-07-15', '14:30')).toBe('2027-07-15T14:30:00.000+02:00');
    expect(terminIso('2027-01-15', '09:05')).toBe('2027-01-15T09:05:00.000+01:00');
  });

  it('refuses what is not a date or a time', () => {
    expect(terminIso('', '14:30')).toBeNull();
    expect(terminIso('2027-02-31', '14:30')).toBeNull();
    expect(terminIso('2027-02-10', '25:00')).toBeNull();
  });

  it('gives the stored instant back as Berlin date and time', () => {
    expect(terminFields('2027-07-15T12:30:00.000Z')).toEqual({ datum: '2027-07-15', uhrzeit: '14:30' });
    expect(terminFields(null)).toEqual({ datum: '', uhrzeit: '' });
  });
});
