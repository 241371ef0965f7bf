import { z } from 'zod';
import { languageSchema, localizedTextSchema, uuidSchema } from '../schemas/shared.js';

/** Questionnaires: versioned, in fr/nl/en, with five kinds of question. Shared by server and browser. */
export const QUESTION_TYPES = ['rating', 'yes_no', 'single', 'multiple', 'text'] as const;
export const SURVEY_PURPOSES = ['session', 'general'] as const;
export const SURVEY_CHANNELS = ['phone', 'qr', 'tablet'] as const;
export const TEXT_ANSWER_MAX = 500;

const keySchema = z
  .string()
  .regex(/^[a-z][a-z0-9_]{0,39}$/)
  .describe('stable key of a question or option');
const optionSchema = z.strictObject({ key: keySchema, label: localizedTextSchema });
const base = { key: keySchema, label: localizedTextSchema, required: z.boolean().default(false) };

export const questionSchema = z.discriminatedUnion('type', [
  z.strictObject({ ...base, type: z.literal('rating') }),
  z.strictObject({ ...base, type: z.literal('yes_no') }),
  z.strictObject({ ...base, type: z.literal('single'), options: z.array(optionSchema).min(2).max(12) }),
  z.strictObject({ ...base, type: z.literal('multiple'), options: z.array(optionSchema).min(2).max(12) }),
  z.strictObject({ ...base, type: z.literal('text') }),
]);
export type Question = z.infer<typeof questionSchema>;

const questionsSchema = z
  .array(questionSchema)
  .min(1)
  .max(20)
  .refine((qs) => new Set(qs.map((q) => q.key)).size === qs.length, { message: 'duplicate' });

export const questionnaireInputSchema = z.strictObject({
  purpose: z.enum(SURVEY_PURPOSES),
  title: localizedTextSchema,
  active: z.boolean().default(true),
  questions: questionsSchema,
});
export type QuestionnaireInput = z.infer<typeof questionnaireInputSchema>;

export const questionnaireSchema = z.object({
  id: uuidSchema,
  purpose: z.enum(SURVEY_PURPOSES),
  title: localizedTextSchema,
  active: z.boolean(),
  versionId: uuidSchema,
  version: z.number().int(),
  questions: z.array(questionSchema),
  responses: z.number().int(),
});
export type Questionnaire = z.infer<typeof questionnaireSchema>;

export const answerValueSchema = z.union([
  z.number().int().min(1).max(5),
  z.boolean(),
  z.string().max(TEXT_ANSWER_MAX),
  z.array(keySchema).max(12),
]);
export const answersSchema = z.record(keySchema, answerValueSchema);
export type Answers = z.infer<typeof answersSchema>;

export const responseInputSchema = z.strictObject({
  versionId: uuidSchema,
  language: languageSchema,
  answers: answersSchema,
});
export type ResponseInput = z.infer<typeof responseInputSchema>;

/** What the client's device shows: the questionnaire to answer, or that it was answered already. */
export const feedbackFormSchema = z.object({
  answered: z.boolean(),
  questionnaire: z
    .object({ versionId: uuidSchema, title: localizedTextSchema, questions: z.array(questionSchema) })
    .nullable(),
});
export type FeedbackForm = z.infer<typeof feedbackFormSchema>;

/** After sending: which kinds of personal data were masked, for the note to the client. */
export const responseResultSchema = z.object({
  ok: z.literal(true),
  masked: z.array(z.string()),
});
export type ResponseResult = z.infer<typeof responseResultSchema>;

export const tokenParamsSchema = z.strictObject({ token: z.string().min(8).max(100) });
