import '../../catalogue-staff/catalogue-staff.css';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Route, Routes, useParams } from 'react-router';
import type { Me } from '../../../../common/schemas/auth.js';
import { RequireRole } from '../../../auth/require-role.js';
import { Loading } from '../../../ui/loading.js';
import { QueryFailed } from '../../../ui/query-state.js';
import { StaffLayout } from '../../../ui/staff-layout.js';
import { FeedSources } from './feed-sources.js';
import { FeedUpload } from './feed-upload.js';
import { OfferForm } from './offer-form.js';
import { OfferList } from './offer-list.js';
import { OFFERS_PATH, useOffer } from './offers-api.js';

function Page({ me, title, back, children }: { me: Me; title: string; back: string; children: ReactNode }) {
  const { t } = useTranslation('offers');
  return (
    <StaffLayout me={me} title={title} wide>
      <p>
        <Link to={back} className="back-link">
          {back === OFFERS_PATH ? t('nav.backToList') : t('nav.backHome')}
        </Link>
      </p>
      {children}
    </StaffLayout>
  );
}

function EditOffer({ me }: { me: Me }) {
  const { t } = useTranslation('offers');
  const { id = '' } = useParams();
  const offer = useOffer(id);
  return (
    <Page me={me} title={t('page.edit')} back={OFFERS_PATH}>
      {offer.isError ? (
        <QueryFailed error={offer.error} />
      ) : offer.data ? (
        <OfferForm key={offer.data.id} offer={offer.data} />
      ) : (
        <Loading />
      )}
    </Page>
  );
}

function Offers({ me }: { me: Me }) {
  const { t } = useTranslation('offers');
  return (
    <Routes>
      <Route
        index
        element={
          <Page me={me} title={t('page.list')} back="/partner">
            <OfferList />
          </Page>
        }
      />
      <Route
        path="new"
        element={
          <Page me={me} title={t('page.new')} back={OFFERS_PATH}>
            <OfferForm />
          </Page>
        }
      />
      <Route
        path="import"
        element={
          <Page me={me} title={t('page.import')} back={OFFERS_PATH}>
            <FeedUpload />
            <FeedSources />
          </Page>
        }
      />
      <Route path=":id" element={<EditOffer me={me} />} />
    </Routes>
  );
}

/** The partner's offers: list, create and edit in three languages, publish, import feeds. */
export function PartnerOffersApp() {
  return <RequireRole roles={['partner']}>{(me) => <Offers me={me} />}</RequireRole>;
}
