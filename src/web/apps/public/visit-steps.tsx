import { useTranslation } from 'react-i18next';
import { Icon, type IconName } from '../../ui/icons.js';

const STEPS: { key: string; icon: IconName }[] = [
  { key: 'comeIn', icon: 'door' },
  { key: 'ticket', icon: 'ticket' },
  { key: 'wait', icon: 'chair' },
  { key: 'desk', icon: 'talk' },
  { key: 'feedback', icon: 'smile' },
];

/** How a visit works, in five plain steps. */
export function VisitSteps() {
  const { t } = useTranslation('public');
  return (
    <ol className="visit-steps">
      {STEPS.map((step, index) => (
        <li key={step.key} className="visit-step">
          <span className="visit-step-number" aria-hidden="true">
            {index + 1}
          </span>
          <Icon name={step.icon} size={28} />
          <div>
            <h3>{t(`visit.steps.${step.key}.title`)}</h3>
            <p>{t(`visit.steps.${step.key}.text`)}</p>
          </div>
        </li>
      ))}
    </ol>
  );
}
