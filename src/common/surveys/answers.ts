import { maskPersonalData, type PersonalDataKind } from '../privacy/personal-data.js';
import type { Answers, Question } from './schemas.js';

export type AnswerProblem = { key: string; reason: 'unknown' | 'required' | 'invalid' };

/**
 * Checks answers against the version's questions (every answer is optional unless the question is
 * required: the questionnaire is voluntary) and masks personal data in free text before storage.
 */
export function checkAnswers(questions: readonly Question[], answers: Answers) {
  const problems: AnswerProblem[] = [];
  const byKey = new Map(questions.map((q) => [q.key, q]));
  for (const key of Object.keys(answers)) if (!byKey.has(key)) problems.push({ key, reason: 'unknown' });
  const clean: Answers = {};
  const masked = new Set<PersonalDataKind>();
  for (const q of questions) {
    const value = answers[q.key];
    if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) {
      if (q.required) problems.push({ key: q.key, reason: 'required' });
      continue;
    }
    const options = 'options' in q ? new Set(q.options.map((o) => o.key)) : new Set<string>();
    const ok =
      (q.type === 'rating' && typeof value === 'number') ||
      (q.type === 'yes_no' && typeof value === 'boolean') ||
      (q.type === 'single' && typeof value === 'string' && options.has(value)) ||
      (q.type === 'multiple' &&
        Array.isArray(value) &&
        new Set(value).size === value.length &&
        value.every((v) => options.has(v))) ||
      (q.type === 'text' && typeof value === 'string');
    if (!ok) {
      problems.push({ key: q.key, reason: 'invalid' });
      continue;
    }
    if (q.type === 'text' && typeof value === 'string') {
      const m = maskPersonalData(value.trim());
      for (const k of m.kinds) masked.add(k);
      clean[q.key] = m.text;
    } else clean[q.key] = value;
  }
  return { problems, answers: clean, masked: [...masked] };
}

/** The first rating answer: the overall satisfaction used by statistics. */
export function overallRating(questions: readonly Question[], answers: Answers): number | null {
  const q = questions.find((x) => x.type === 'rating' && typeof answers[x.key] === 'number');
  return q ? (answers[q.key] as number) : null;
}
