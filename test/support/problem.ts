import { expect } from 'vitest';
import type { Response } from './client.js';

type ProblemBody = {
  type: string;
  title: string;
  status: number;
  code: string;
  errors?: { field: string; code: string; message: string }[];
};

/** Asserts a problem+json answer with the given status and code; returns its body. */
export function expectProblem(response: Response, status: number, code: string): ProblemBody {
  expect(response.statusCode, response.body).toBe(status);
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  const body = response.json() as ProblemBody;
  expect(body.code).toBe(code);
  expect(body.status).toBe(status);
  expect(body.title.length).toBeGreaterThan(0);
  return body;
}

export const fieldsOf = (body: ProblemBody) => (body.errors ?? []).map((e) => e.field);
