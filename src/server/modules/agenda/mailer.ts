import nodemailer from 'nodemailer';

export type Mail = { to: string; subject: string; text: string; ics?: string };
export type Mailer = { send(mail: Mail): Promise<void>; close(): void };

/**
 * E-mail through SMTP (`SMTP_URL`, e.g. `smtp://user:pass@mail.example:587`); without it, mails
 * are dropped (registration works without e-mail). `SMTP_FROM` sets the sender.
 */
export function createMailer(url = process.env.SMTP_URL, from = process.env.SMTP_FROM): Mailer {
  if (!url) return { send: async () => {}, close: () => {} };
  const transport = nodemailer.createTransport(url);
  const sender = from ?? 'Atrium <no-reply@atrium.invalid>';
  return {
    async send(mail) {
      await transport.sendMail({
        from: sender,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        ...(mail.ics ? { icalEvent: { method: 'PUBLISH', content: mail.ics } } : {}),
      });
    },
    close: () => transport.close(),
  };
}
