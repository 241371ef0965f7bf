import type { Language } from '../../../common/domain.js';
import type { MailKind } from './mail-texts.js';
import { mailText } from './mail-texts.js';
import type { Mailer } from './mailer.js';
import type { EventRow, RegistrationRow } from './presenters.js';

/** Sends registration e-mails after the change committed; a failed delivery is logged, never fatal. */
export type AgendaNotifier = {
  registrationMail(kind: MailKind, registration: RegistrationRow, event: EventRow, token?: string): Promise<void>;
};

export function createNotifier(
  mailer: Mailer,
  publicUrl: string,
  timeZoneOf: (siteId: string) => Promise<string>,
  log: (error: unknown) => void,
): AgendaNotifier {
  return {
    async registrationMail(kind, registration, event, token) {
      if (!registration.email) return;
      try {
        const cancelUrl = token ? new URL(`/agenda/registration/${token}`, publicUrl).toString() : '';
        const timeZone = await timeZoneOf(event.siteId);
        const text = mailText(kind, registration.language as Language, event, cancelUrl, timeZone);
        await mailer.send({ to: registration.email, ...text });
      } catch (error) {
        log(error);
      }
    },
  };
}
