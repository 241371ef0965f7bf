import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';

/** The admin's sections: the network, then the places and devices of one site, then the audit log. */
export function AdminNav({ slug }: { slug: string }) {
  const { t } = useTranslation('admin');
  const network = ['sites', 'organisations', 'staff'] as const;
  const places = ['zones', 'desks', 'rooms', 'stations', 'devices'] as const;
  return (
    <nav className="admin-nav" aria-label={t('nav.label')}>
      <p className="admin-nav-heading">{t('nav.network')}</p>
      <ul>
        {network.map((key) => (
          <li key={key}>
            <NavLink to={`/admin/${key}`}>{t(`${key}.title`)}</NavLink>
          </li>
        ))}
      </ul>
      <p className="admin-nav-heading">{t('nav.site')}</p>
      <ul>
        {places.map((key) => (
          <li key={key}>
            <NavLink to={`/admin/site/${slug}/${key}`}>{t(`${key}.title`)}</NavLink>
          </li>
        ))}
      </ul>
      <p className="admin-nav-heading">{t('nav.records')}</p>
      <ul>
        <li>
          <NavLink to="/admin/audit">{t('audit.title')}</NavLink>
        </li>
      </ul>
    </nav>
  );
}
