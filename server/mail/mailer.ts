import nodemailer from 'nodemailer';
import type { AppConfig } from '../config';

export interface OutgoingMail {
  to: string[];
  subject: string;
  text: string;
  html?: string;
}

/** Sends e-mail through the configured SMTP server; without SMTP settings, mail is not sent (in-app only). */
export interface Mailer {
  enabled: boolean;
  send(mail: OutgoingMail): Promise<void>;
}

/** Builds the mailer from config.smtp (SMTP_HOST, SMTP_PORT, SMTP_USER, SMTP_PASS, SMTP_FROM, SMTP_SECURE). */
export function createMailer(smtp: AppConfig['smtp']): Mailer {
  if (!smtp) return { enabled: false, send: async () => undefined };
  const transport = nodemailer.createTransport({
    host: smtp.host,
    port: smtp.port,
    secure: smtp.secure,
    auth: smtp.user ? { user: smtp.user, pass: smtp.pass ?? '' } : undefined,
    // A local relay in a school often has a self-signed certificate; STARTTLS is still used when offered.
    tls: { rejectUnauthorized: false },
  });
  return {
    enabled: true,
    async send(mail) {
      if (!mail.to.length) return;
      await transport.sendMail({ from: smtp.from, to: mail.to.join(', '), subject: mail.subject, text: mail.text, html: mail.html });
    },
  };
}
