/** German texts of the meetings pages (the English file has the same keys). */
export const meetingsDe = {
  title: 'Treffen',
};
