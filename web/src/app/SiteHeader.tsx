import { Icon } from '@trussworks/react-uswds';
import type { SessionInfo } from '@onestop/contracts';
import type { TFunction } from 'i18next';
import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink } from 'react-router-dom';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { can } from '../features/session/permissions';
import { useSessionApi } from '../features/session/session-context';

interface NavItem {
  to: string;
  label: string;
  end?: boolean;
}

/** SEC-2: the navigation offers only what the user's role may see. */
export function navItemsFor(session: SessionInfo, t: TFunction): NavItem[] {
  const items: NavItem[] = [{ to: '/', label: t('nav.home'), end: true }];
  if (can(session, 'seekers', 'view')) items.push({ to: '/seekers', label: t('seekers.nav') });
  if (can(session, 'admin.staff', 'view'))
    items.push({ to: '/admin/staff', label: t('nav.staff') });
  if (can(session, 'admin.roles', 'view'))
    items.push({ to: '/admin/roles', label: t('nav.roles') });
  if (can(session, 'audit', 'view')) items.push({ to: '/admin/audit', label: t('nav.audit') });
  return items;
}

export function SiteHeader() {
  const { t } = useTranslation();
  const { session, signOut } = useSessionApi();
  const [menuOpen, setMenuOpen] = useState(false);
  const items = session ? navItemsFor(session, t) : [];
  const closeMenu = () => setMenuOpen(false);
  const onNavKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') closeMenu();
  };

  return (
    <>
      <div className={menuOpen ? 'usa-overlay is-visible' : 'usa-overlay'} onClick={closeMenu} />
      <header className="usa-header usa-header--extended">
        <div className="usa-navbar">
          <div className="usa-logo">
            <em className="usa-logo__text">
              <Link to="/">{t('app.name')}</Link>
            </em>
          </div>
          <button
            type="button"
            className="usa-menu-btn"
            aria-controls="site-nav"
            aria-expanded={menuOpen}
            onClick={() => setMenuOpen(true)}
          >
            {t('nav.menu')}
          </button>
        </div>
        <nav
          id="site-nav"
          aria-label={t('nav.label')}
          className={menuOpen ? 'usa-nav is-visible' : 'usa-nav'}
          onKeyDown={onNavKeyDown}
        >
          <div className="usa-nav__inner">
            <button
              type="button"
              className="usa-nav__close"
              aria-label={t('nav.close')}
              onClick={closeMenu}
            >
              <Icon.Close aria-hidden="true" focusable={false} />
            </button>
            {items.length > 0 && (
              <ul className="usa-nav__primary usa-accordion">
                {items.map((item) => (
                  <li key={item.to} className="usa-nav__primary-item">
                    <NavLink
                      to={item.to}
                      end={item.end}
                      onClick={closeMenu}
                      className={({ isActive }) =>
                        isActive ? 'usa-nav-link usa-current' : 'usa-nav-link'
                      }
                    >
                      <span>{item.label}</span>
                    </NavLink>
                  </li>
                ))}
              </ul>
            )}
            <div className="usa-nav__secondary">
              <ul className="usa-nav__secondary-links">
                <li className="usa-nav__secondary-item">
                  <LanguageSwitch />
                </li>
                {session && (
                  <li className="usa-nav__secondary-item">
                    <button
                      type="button"
                      className="usa-button usa-button--unstyled onestop-sign-out"
                      onClick={() => {
                        closeMenu();
                        void signOut();
                      }}
                    >
                      {t('nav.signOut')}
                    </button>
                  </li>
                )}
              </ul>
            </div>
          </div>
        </nav>
      </header>
    </>
  );
}
