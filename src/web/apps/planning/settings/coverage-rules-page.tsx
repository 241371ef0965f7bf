import { useTranslation } from 'react-i18next';
import { Loading } from '../../../ui/loading.js';
import { QueryFailed } from '../../../ui/query-state.js';
import { useCoverageRules, useSaveCoverageRules } from './coverage-api.js';
import { RuleList } from './rule-list.js';
import { RulesForm } from './rules-form.js';

/** The site's coverage rules: the list in force (each removable) and the form that changes them. */
export function CoverageRulesPage({ slug }: { slug: string }) {
  const { t } = useTranslation('planning');
  const rules = useCoverageRules(slug);
  const save = useSaveCoverageRules(slug);
  if (rules.isError) return <QueryFailed error={rules.error} onRetry={() => void rules.refetch()} />;
  if (!rules.data) return <Loading />;
  return (
    <>
      <p>{t('settings.rules.lead')}</p>
      <RuleList slug={slug} rules={rules.data} />
      <RulesForm key={rules.data.updatedAt ?? 'default'} rules={rules.data} save={save} />
    </>
  );
}
