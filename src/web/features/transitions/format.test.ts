import { describe, expect, it } from 'vitest';
import { formatDay, formatPercent } from './format.js';

describe('formats of the transition pages', () => {
  it('shows a calendar day as written, whatever the time zone', () => {
    expect(formatDay('2014-12-31')).toBe('31.12.2014');
    expect(formatDay(null)).toBe('');
  });

  it('gives a probability as a whole percent', () => {
    expect(formatPercent(0.805)).toMatch(/^81\s%$/);
  });
});
