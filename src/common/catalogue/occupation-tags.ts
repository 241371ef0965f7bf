/** Curated occupation tags (no zod here: the public portal bundle imports this). */
export const OCCUPATION_TAGS = ['new_profession', 'shortage'] as const;
export type OccupationTag = (typeof OCCUPATION_TAGS)[number];
