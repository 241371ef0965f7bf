import { and, count, desc, eq, sql } from 'drizzle-orm';
import type { SiteId } from '../../../common/ids.js';
import type { Questionnaire, QuestionnaireInput } from '../../../common/surveys/schemas.js';
import type { StaffPrincipal } from '../../platform/auth/principal.js';
import type { Db, DbOrTx } from '../../db/client.js';
import { questionnaires, questionnaireVersions, surveyResponses } from '../../db/schema/index.js';
import { recordAudit } from '../../platform/audit.js';
import { notFound } from '../../platform/errors.js';
import { DEFAULT_GENERAL_QUESTIONNAIRE, DEFAULT_SESSION_QUESTIONNAIRE } from './default-questionnaire.js';

type Purpose = QuestionnaireInput['purpose'];

async function latestVersion(db: DbOrTx, questionnaireId: string) {
  const [v] = await db
    .select()
    .from(questionnaireVersions)
    .where(eq(questionnaireVersions.questionnaireId, questionnaireId))
    .orderBy(desc(questionnaireVersions.version))
    .limit(1);
  if (!v) throw notFound();
  return v;
}

async function present(db: DbOrTx, q: typeof questionnaires.$inferSelect): Promise<Questionnaire> {
  const v = await latestVersion(db, q.id);
  const [n] = await db.select({ n: count() }).from(surveyResponses).where(eq(surveyResponses.versionId, v.id));
  return {
    id: q.id,
    purpose: q.purpose as Purpose,
    title: q.title,
    active: q.active,
    versionId: v.id,
    version: v.version,
    questions: v.questions,
    responses: n?.n ?? 0,
  };
}

async function insertQuestionnaire(tx: DbOrTx, siteId: SiteId, input: QuestionnaireInput) {
  const [q] = await tx
    .insert(questionnaires)
    .values({ siteId, purpose: input.purpose, title: input.title, active: input.active })
    .returning();
  if (!q) throw new Error('questionnaire insert returned nothing');
  await tx.insert(questionnaireVersions).values({ questionnaireId: q.id, version: 1, questions: input.questions });
  return q;
}

/**
 * The questionnaire clients answer now for a purpose: the newest active one. A site that never had
 * one gets the default (created once; the unique version key keeps concurrent first calls apart).
 */
export async function activeQuestionnaire(db: Db, siteId: SiteId, purpose: Purpose) {
  const find = () =>
    db
      .select()
      .from(questionnaires)
      .where(and(eq(questionnaires.siteId, siteId), eq(questionnaires.purpose, purpose)))
      .orderBy(desc(questionnaires.createdAt));
  let rows = await find();
  if (rows.length === 0) {
    const input = purpose === 'session' ? DEFAULT_SESSION_QUESTIONNAIRE : DEFAULT_GENERAL_QUESTIONNAIRE;
    await db.transaction(async (tx) => {
      await tx.execute(sql`select pg_advisory_xact_lock(727101)`);
      const again = await tx
        .select({ id: questionnaires.id })
        .from(questionnaires)
        .where(and(eq(questionnaires.siteId, siteId), eq(questionnaires.purpose, purpose)));
      if (again.length === 0) await insertQuestionnaire(tx, siteId, input);
    });
    rows = await find();
  }
  const q = rows.find((r) => r.active);
  if (!q) return null;
  const v = await latestVersion(db, q.id);
  return { questionnaire: q, version: v };
}

export async function listQuestionnaires(db: Db, siteId: SiteId): Promise<Questionnaire[]> {
  await activeQuestionnaire(db, siteId, 'session');
  await activeQuestionnaire(db, siteId, 'general');
  const rows = await db
    .select()
    .from(questionnaires)
    .where(eq(questionnaires.siteId, siteId))
    .orderBy(questionnaires.purpose, desc(questionnaires.createdAt));
  return Promise.all(rows.map((r) => present(db, r)));
}

export async function createQuestionnaire(db: Db, actor: StaffPrincipal, siteId: SiteId, input: QuestionnaireInput) {
  return db.transaction(async (tx) => {
    const q = await insertQuestionnaire(tx, siteId, input);
    await recordAudit(tx, actor, {
      action: 'questionnaire.create',
      targetType: 'questionnaire',
      targetId: q.id,
      siteId,
    });
    return present(tx, q);
  });
}

/**
 * Edits a questionnaire. Its latest version is changed in place only while nobody has answered it;
 * once answers exist a new version is made, so every answer stays tied to the questions it answered.
 */
export async function updateQuestionnaire(
  db: Db,
  actor: StaffPrincipal,
  siteId: SiteId,
  id: string,
  input: QuestionnaireInput,
) {
  return db.transaction(async (tx) => {
    const [q] = await tx
      .select()
      .from(questionnaires)
      .where(and(eq(questionnaires.id, id), eq(questionnaires.siteId, siteId)))
      .for('update');
    if (!q || q.purpose !== input.purpose) throw notFound();
    const v = await latestVersion(tx, q.id);
    const [answered] = await tx.select({ n: count() }).from(surveyResponses).where(eq(surveyResponses.versionId, v.id));
    if ((answered?.n ?? 0) > 0) {
      await tx
        .insert(questionnaireVersions)
        .values({ questionnaireId: q.id, version: v.version + 1, questions: input.questions });
    } else {
      await tx
        .update(questionnaireVersions)
        .set({ questions: input.questions })
        .where(eq(questionnaireVersions.id, v.id));
    }
    const [row] = await tx
      .update(questionnaires)
      .set({ title: input.title, active: input.active })
      .where(eq(questionnaires.id, q.id))
      .returning();
    await recordAudit(tx, actor, {
      action: 'questionnaire.update',
      targetType: 'questionnaire',
      targetId: q.id,
      siteId,
      detail: { newVersion: (answered?.n ?? 0) > 0 },
    });
    return present(tx, row ?? q);
  });
}
