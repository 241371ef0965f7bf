import type { QuestionnaireInput } from '../../../common/surveys/schemas.js';

/** The questionnaire a site starts with, until a manager edits it (a new version is then made). */
export const DEFAULT_SESSION_QUESTIONNAIRE: QuestionnaireInput = {
  purpose: 'session',
  title: { fr: 'Votre avis compte', nl: 'Uw mening telt', en: 'Your opinion counts' },
  active: true,
  questions: [
    {
      key: 'overall',
      type: 'rating',
      required: false,
      label: {
        fr: 'Êtes-vous satisfait·e de l’entretien ?',
        nl: 'Bent u tevreden over het gesprek?',
        en: 'Are you satisfied with the session?',
      },
    },
    {
      key: 'helped',
      type: 'yes_no',
      required: false,
      label: {
        fr: 'Savez-vous quelle est la prochaine étape ?',
        nl: 'Weet u wat de volgende stap is?',
        en: 'Do you know what your next step is?',
      },
    },
    {
      key: 'heard',
      type: 'single',
      required: false,
      label: {
        fr: 'Comment avez-vous connu la Cité des Métiers ?',
        nl: 'Hoe hebt u het Beroepenpunt leren kennen?',
        en: 'How did you hear about us?',
      },
      options: [
        { key: 'friends', label: { fr: 'Famille ou amis', nl: 'Familie of vrienden', en: 'Family or friends' } },
        { key: 'partner', label: { fr: 'Un partenaire', nl: 'Een partner', en: 'A partner organisation' } },
        { key: 'online', label: { fr: 'Internet', nl: 'Internet', en: 'Online' } },
        { key: 'other', label: { fr: 'Autre', nl: 'Andere', en: 'Other' } },
      ],
    },
    {
      key: 'comment',
      type: 'text',
      required: false,
      label: {
        fr: 'Un commentaire ? (sans nom ni coordonnées)',
        nl: 'Een opmerking? (zonder naam of contactgegevens)',
        en: 'Any comment? (no name or contact details)',
      },
    },
  ],
};

export const DEFAULT_GENERAL_QUESTIONNAIRE: QuestionnaireInput = {
  ...DEFAULT_SESSION_QUESTIONNAIRE,
  purpose: 'general',
  title: { fr: 'Votre visite', nl: 'Uw bezoek', en: 'Your visit' },
  questions: DEFAULT_SESSION_QUESTIONNAIRE.questions.map((q) =>
    q.key === 'overall'
      ? {
          ...q,
          label: {
            fr: 'Êtes-vous satisfait·e de votre visite ?',
            nl: 'Bent u tevreden over uw bezoek?',
            en: 'Are you satisfied with your visit?',
          },
        }
      : q,
  ),
};
