import type { meetingsDe } from './meetings.de.js';

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

export const meetingsEn: Shape<typeof meetingsDe> = {
  title: 'Meetings',
};
