import type { RouteObject } from 'react-router';
import { CalendarPage } from './CalendarPage.js';
import { MeetingPage } from './MeetingPage.js';
import { MyWorkPage } from './MyWorkPage.js';

/** Meeting pages and "my work": sub-pages of /netzwerke. */
export const meetingRoutes: RouteObject[] = [
  { path: 'treffen/:id', Component: MeetingPage },
  { path: 'meine-arbeit', Component: MyWorkPage },
  { path: 'kalender', Component: CalendarPage },
];
