import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AUDIENCES, type Audience } from '../../../common/domain.js';
import { CHANNELS, type Channel } from '../../../common/visits/vocabulary.js';
import { ChoiceGroup } from './choice-group.js';

type Answers = { audience: Audience | null; channel: Channel | null };
type Props = { busy: boolean; onDone: (answers: Answers) => void };

/** Step 3: two optional, anonymous questions; "skip" is as big as "continue". */
export function KioskQuestionsStep({ busy, onDone }: Props) {
  const { t } = useTranslation('visits');
  const [audience, setAudience] = useState<Audience | null>(null);
  const [channel, setChannel] = useState<Channel | null>(null);
  return (
    <section className="kiosk-step" aria-labelledby="k-questions">
      <h1 id="k-questions" className="kiosk-title">
        {t('kiosk.questionsTitle')}
      </h1>
      <p className="kiosk-lead">{t('kiosk.questionsLead')}</p>
      <div className="kiosk-actions">
        <button
          type="button"
          className="button button-large kiosk-skip"
          disabled={busy}
          onClick={() => onDone({ audience: null, channel: null })}
        >
          {t('kiosk.skip')}
        </button>
      </div>
      <ChoiceGroup
        legend={t('kiosk.audienceQuestion')}
        options={AUDIENCES}
        label={(a) => t(`audience.${a}`)}
        value={audience}
        onChange={setAudience}
      />
      <ChoiceGroup
        legend={t('kiosk.channelQuestion')}
        options={CHANNELS}
        label={(c) => t(`channel.${c}`)}
        value={channel}
        onChange={setChannel}
      />
      <div className="kiosk-actions">
        <button
          type="button"
          className="button button-large"
          disabled={busy}
          onClick={() => onDone({ audience, channel })}
        >
          {t('kiosk.getTicket')}
        </button>
      </div>
    </section>
  );
}
