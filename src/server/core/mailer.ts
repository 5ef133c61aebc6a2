import nodemailer from 'nodemailer';

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

export interface Mailer {
  readonly enabled: boolean;
  send(mail: Mail): Promise<boolean>;
}

/** SMTP when SMTP_URL is set; otherwise links are only shown to the coordinator to copy. */
export function createMailer(smtpUrl: string | undefined, from: string, log: { warn: (obj: object, msg: string) => void }): Mailer {
  if (!smtpUrl) return { enabled: false, send: async () => false };
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    enabled: true,
    async send(mail) {
      try {
        await transport.sendMail({ from, ...mail });
        return true;
      } catch (err) {
        log.warn({ code: (err as NodeJS.ErrnoException).code }, 'e-mail could not be sent');
        return false;
      }
    },
  };
}
