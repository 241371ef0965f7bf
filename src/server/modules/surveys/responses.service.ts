import { and, eq } from 'drizzle-orm';
import type { FieldError } from '../../../common/errors.js';
import type { SiteId } from '../../../common/ids.js';
import { serviceDate } from '../../../common/site-time.js';
import { checkAnswers, overallRating } from '../../../common/surveys/answers.js';
import type { FeedbackForm, ResponseInput, ResponseResult } from '../../../common/surveys/schemas.js';
import type { Db } from '../../db/client.js';
import { questionnaires, questionnaireVersions, surveyResponses } from '../../db/schema/index.js';
import { DomainError, findPgError } from '../../platform/errors.js';
import type { SiteRow } from '../sites/sites.service.js';
import { liveTicketByToken } from '../visits/tickets.service.js';
import { activeQuestionnaire } from './questionnaires.service.js';

type Channel = 'phone' | 'qr' | 'tablet';

const formOf = (active: Awaited<ReturnType<typeof activeQuestionnaire>>): FeedbackForm['questionnaire'] =>
  active
    ? { versionId: active.version.id, title: active.questionnaire.title, questions: active.version.questions }
    : null;

/** The session a phone token names, once the counselling session started (the last leg after transfers). */
async function sessionOf(db: Db, token: string) {
  const ticket = await liveTicketByToken(db, token);
  if (!ticket.startedAt) throw new DomainError('survey.no_session');
  return ticket;
}

async function answered(db: Db, token: string) {
  const [r] = await db
    .select({ id: surveyResponses.id })
    .from(surveyResponses)
    .where(eq(surveyResponses.sessionToken, token));
  return Boolean(r);
}

/** What the phone's feedback page shows for a ticket token. */
export async function sessionFeedbackForm(db: Db, token: string): Promise<FeedbackForm> {
  const ticket = await sessionOf(db, token);
  if (await answered(db, token)) return { answered: true, questionnaire: null };
  return { answered: false, questionnaire: formOf(await activeQuestionnaire(db, ticket.siteId as SiteId, 'session')) };
}

export async function generalFeedbackForm(db: Db, siteId: SiteId): Promise<FeedbackForm> {
  return { answered: false, questionnaire: formOf(await activeQuestionnaire(db, siteId, 'general')) };
}

/** The version answered must be one of this site's questionnaires for the purpose (any version of it). */
async function versionFor(db: Db, siteId: SiteId, purpose: 'session' | 'general', versionId: string) {
  const [v] = await db
    .select({ questions: questionnaireVersions.questions, id: questionnaireVersions.id })
    .from(questionnaireVersions)
    .innerJoin(questionnaires, eq(questionnaires.id, questionnaireVersions.questionnaireId))
    .where(
      and(
        eq(questionnaireVersions.id, versionId),
        eq(questionnaires.siteId, siteId),
        eq(questionnaires.purpose, purpose),
      ),
    );
  if (!v) throw new DomainError('validation.failed', { fieldErrors: [{ field: 'versionId', code: 'unknown' }] });
  return v;
}

function checked(questions: Parameters<typeof checkAnswers>[0], input: ResponseInput) {
  const result = checkAnswers(questions, input.answers);
  if (result.problems.length > 0) {
    const fieldErrors: FieldError[] = result.problems.map((p) => ({ field: `answers.${p.key}`, code: p.reason }));
    throw new DomainError('validation.failed', { fieldErrors });
  }
  return result;
}

/** A client's answers after a counselling session: one response per session token, never overwritten. */
export async function submitSessionResponse(
  db: Db,
  token: string,
  input: ResponseInput,
  channel: Channel,
): Promise<ResponseResult> {
  const ticket = await sessionOf(db, token);
  const siteId = ticket.siteId as SiteId;
  const version = await versionFor(db, siteId, 'session', input.versionId);
  const result = checked(version.questions, input);
  try {
    await db.insert(surveyResponses).values({
      siteId,
      versionId: version.id,
      sessionToken: token,
      channel,
      serviceDate: ticket.serviceDate,
      field: ticket.field,
      language: input.language,
      organisationId: ticket.organisationId,
      answers: result.answers,
      rating: overallRating(version.questions, result.answers),
      masked: result.masked.length > 0,
    });
  } catch (error) {
    if (findPgError(error)?.code === '23505') throw new DomainError('survey.already_answered');
    throw error;
  }
  return { ok: true, masked: result.masked };
}

/** An answer to the general questionnaire on a feedback tablet (no session; anonymous). */
export async function submitGeneralResponse(db: Db, site: SiteRow, input: ResponseInput): Promise<ResponseResult> {
  const siteId = site.id as SiteId;
  const version = await versionFor(db, siteId, 'general', input.versionId);
  const result = checked(version.questions, input);
  await db.insert(surveyResponses).values({
    siteId,
    versionId: version.id,
    channel: 'tablet',
    serviceDate: serviceDate(new Date(), site.timeZone),
    language: input.language,
    answers: result.answers,
    rating: overallRating(version.questions, result.answers),
    masked: result.masked.length > 0,
  });
  return { ok: true, masked: result.masked };
}
