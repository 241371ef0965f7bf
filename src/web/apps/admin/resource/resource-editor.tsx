import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { Loading } from '../../../ui/loading.js';
import { QueryFailed } from '../../../ui/query-state.js';
import { bodyFrom, valuesFrom } from './form-spec.js';
import type { ResourceDef } from './resource-def.js';
import { ResourceForm } from './resource-form.js';
import { useList, useSave } from './use-resource.js';

function BackLink({ resource }: { resource: string }) {
  const { t } = useTranslation('admin');
  return (
    <Link to=".." relative="path" className="back-link">
      ← {t(`${resource}.title`)}
    </Link>
  );
}

/** Create a new item; afterwards either show what the server returned once, or go back to the list. */
export function ResourceCreate<T>({ def }: { def: ResourceDef<T> }) {
  const { t } = useTranslation('admin');
  const navigate = useNavigate();
  const save = useSave<T>(def.listUrl, 'POST', def.createUrl ?? def.listUrl);
  const [result, setResult] = useState<ReactNode>(null);
  if (result) return result;
  return (
    <section aria-labelledby="form-title">
      <BackLink resource={def.resource} />
      <h2 id="form-title">{t(`${def.resource}.new`)}</h2>
      <ResourceForm
        resource={def.resource}
        fields={def.fields}
        initial={valuesFrom(def.fields, def.defaults)}
        error={save.error}
        pending={save.isPending}
        submitLabel={t('action.create')}
        {...(def.custom ? { custom: def.custom } : {})}
        onSubmit={(values) =>
          save.mutate(bodyFrom(def.fields, values), {
            onSuccess: (created) => {
              if (def.afterCreate) setResult(def.afterCreate(created));
              else void navigate('..', { relative: 'path', state: { flash: t('saved') } });
            },
          })
        }
      />
    </section>
  );
}

/** Edit an existing item found in the list by its route id. */
export function ResourceEdit<T>({ def, extra }: { def: ResourceDef<T>; extra?: (item: T) => ReactNode }) {
  const { t } = useTranslation('admin');
  const { id } = useParams();
  const navigate = useNavigate();
  const list = useList<T>(def.listUrl);
  const item = list.data?.find((i) => def.routeId(i) === id);
  const save = useSave<T>(def.listUrl, 'PATCH', item ? def.itemUrl(item) : def.listUrl);
  if (list.isPending) return <Loading />;
  if (list.isError) return <QueryFailed error={list.error} />;
  if (!item) return <p className="notice notice-error">{t('notFound')}</p>;
  const readOnly = def.readOnlyOnEdit ?? [];
  return (
    <section aria-labelledby="form-title">
      <BackLink resource={def.resource} />
      <h2 id="form-title">{t('editing', { name: def.title(item) })}</h2>
      {extra?.(item)}
      <ResourceForm
        key={id}
        resource={def.resource}
        fields={def.fields}
        initial={valuesFrom(def.fields, item)}
        error={save.error}
        pending={save.isPending}
        submitLabel={t('action.save')}
        readOnly={readOnly}
        {...(def.custom ? { custom: def.custom } : {})}
        onSubmit={(values) =>
          save.mutate(bodyFrom(def.fields, values, readOnly), {
            onSuccess: () => void navigate('..', { relative: 'path', state: { flash: t('saved') } }),
          })
        }
      />
    </section>
  );
}
