
/** Paths that carry secrets (one-time links, calendar subscription keys); logs show them as :token. */
const SECRET_PATHS = /\/(einladung|passwort-zuruecksetzen|invitations|password-reset|kalender)\/[^/?]+/g;

export const sanitizeUrl = (url: string) => url.replace(SECRET_PATHS, '/$1/:token').replace(/\?.*$/, (q) => (q.length > 1 ? '?…' : ''));

/** pino options: request ids yes, personal data (addresses, cookies, bodies, e-mails) no. */
export function loggerOptions(level: string) {
  return {
    level,
    redact: { paths: ['req.headers.cookie', 'req.headers.authorization', 'req.headers["x-csrf-token"]', 'res.headers["set-cookie"]'], remove: true },
    serializers: {
      req: (req: { method: string; url: string }) => ({ method: req.method, url: sanitizeUrl(req.url) }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
  };
}
