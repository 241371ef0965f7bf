import { expect, it } from 'vitest';
import type { FeedbackForm, Questionnaire } from '../../src/common/surveys/schemas.js';
import { forEachBackend } from '../support/app.js';
import { anonymous } from '../support/client.js';
import { expectProblem, fieldsOf } from '../support/problem.js';
import { act, callNext, END_BODY, issue, makeVisitSite, openDesk } from '../support/visits.js';

forEachBackend('surveys: questionnaires and anonymous responses', (get) => {
  /** A ticket whose counselling session has ended, and the phone token that names it. */
  async function endedSession() {
    const t = get();
    const site = await makeVisitSite(t);
    const reception = await site.staff(['reception']);
    const counsellor = await site.counsellor(['work'], ['fr']);
    const ticket = await issue(reception, site.slug, 'work', 'fr');
    await openDesk(counsellor, site.slug, site.deskIds[0] as string);
    const called = await callNext(counsellor, site.slug);
    if (!called) throw new Error('nobody called');
    await act(counsellor, site.slug, called.id, 'start');
    await act(counsellor, site.slug, called.id, 'end', END_BODY);
    return { site, token: ticket.token, reception };
  }

  it('takes one voluntary response per session token, masks personal data, refuses a second', async () => {
    const { token } = await endedSession();
    const phone = anonymous(get().app);
    const form = (await phone.get(`/api/feedback/${token}`)).json() as FeedbackForm;
    expect(form.answered).toBe(false);
    const versionId = form.questionnaire?.versionId as string;
    expect(form.questionnaire?.questions.map((q) => q.type)).toEqual(['rating', 'yes_no', 'single', 'text']);

    const bad = await phone.post(`/api/feedback/${token}`, {
      versionId,
      language: 'fr',
      answers: { overall: 4, ghost: 1 },
    });
    expect(fieldsOf(expectProblem(bad, 400, 'validation.failed'))).toEqual(['answers.ghost']);
    const big = await phone.post(`/api/feedback/${token}`, { versionId, language: 'fr', answers: { overall: 9 } });
    expect(fieldsOf(expectProblem(big, 400, 'validation.failed'))).toEqual(['answers.overall']);

    const sent = await phone.post(`/api/feedback/${token}`, {
      versionId,
      language: 'fr',
      answers: { overall: 5, comment: 'Merci ! Écrivez-moi: jan@example.be, rue de la Loi 16' },
    });
    expect(sent.statusCode, sent.body).toBe(201);
    expect((sent.json() as { masked: string[] }).masked.sort()).toEqual(['address', 'email']);

    const again = await phone.post(`/api/feedback/${token}`, { versionId, language: 'fr', answers: { overall: 1 } });
    expectProblem(again, 409, 'survey.already_answered');
    expect(((await phone.get(`/api/feedback/${token}`)).json() as FeedbackForm).answered).toBe(true);
  });

  it('opens only after the session started; unknown tokens are 404', async () => {
    const t = get();
    const site = await makeVisitSite(t);
    const reception = await site.staff(['reception']);
    const waiting = await issue(reception, site.slug, 'work', 'fr');
    const phone = anonymous(t.app);
    expectProblem(await phone.get(`/api/feedback/${waiting.token}`), 409, 'survey.no_session');
    expectProblem(await phone.get('/api/feedback/not-a-real-token-123'), 404, 'resource.not_found');
  });

  it('makes a new version when a questionnaire with answers is edited; answers keep their version', async () => {
    const { site, token } = await endedSession();
    const manager = await site.staff(['manager']);
    const list = (await manager.get(`/api/sites/${site.slug}/questionnaires`)).json() as Questionnaire[];
    const session = list.find((q) => q.purpose === 'session') as Questionnaire;
    const input = { purpose: 'session', title: session.title, active: true, questions: session.questions };

    const unanswered = await manager.put(`/api/sites/${site.slug}/questionnaires/${session.id}`, input);
    expect((unanswered.json() as Questionnaire).version).toBe(1);

    const phone = anonymous(get().app);
    await phone.post(`/api/feedback/${token}`, {
      versionId: session.versionId,
      language: 'nl',
      answers: { overall: 4 },
    });
    const edited = await manager.put(`/api/sites/${site.slug}/questionnaires/${session.id}`, {
      ...input,
      questions: session.questions.slice(0, 2),
    });
    const after = edited.json() as Questionnaire;
    expect(after.version).toBe(2);
    expect(after.versionId).not.toBe(session.versionId);
    expect(after.responses).toBe(0);

    const reception = await site.staff(['reception']);
    expectProblem(await reception.get(`/api/sites/${site.slug}/questionnaires`), 403, 'auth.forbidden');
  });

  it('runs a general questionnaire on a feedback tablet without a session', async () => {
    const site = await makeVisitSite(get());
    const tablet = anonymous(get().app);
    const form = (await tablet.get(`/api/sites/${site.slug}/feedback`)).json() as FeedbackForm;
    const sent = await tablet.post(`/api/sites/${site.slug}/feedback`, {
      versionId: form.questionnaire?.versionId,
      language: 'en',
      answers: { overall: 3, helped: true },
    });
    expect(sent.statusCode, sent.body).toBe(201);
  });
});
