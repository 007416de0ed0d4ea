import { Icon } from '@trussworks/react-uswds';
import { useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink } from 'react-router-dom';
import { LanguageSwitch } from './LanguageSwitch';

export interface ShellNavItem {
  to: string;
  label: string;
  end?: boolean;
}

interface ShellHeaderProps {
  title: string;
  homeTo: string;
  navLabel: string;
  items: ShellNavItem[];
  /** Secondary links after the language switch: sign in or out, say. Each gets `closeMenu`. */
  secondary?: (closeMenu: () => void) => ReactNode[];
}

/**
 * The USWDS extended header for the staff, public and job seeker pages: one look
 * for all three; each passes its own navigation and secondary links.
 */
export function ShellHeader({ title, homeTo, navLabel, items, secondary }: ShellHeaderProps) {
  const { t } = useTranslation();
  const [menuOpen, setMenuOpen] = useState(false);
  const closeMenu = () => setMenuOpen(false);
  const onNavKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') closeMenu();
  };
  const extra = secondary?.(closeMenu) ?? [];

  return (
    <>
      <div className={menuOpen ? 'usa-overlay is-visible' : 'usa-overlay'} onClick={closeMenu} />
      <header className="usa-header usa-header--extended">
        <div className="usa-navbar">
          <div className="usa-logo">
            <em className="usa-logo__text">
              <Link to={homeTo}>{title}</Link>
            </em>
          </div>
          <button
            type="button"
            className="usa-menu-btn"
            aria-controls="shell-nav"
            aria-expanded={menuOpen}
            onClick={() => setMenuOpen(true)}
          >
            {t('nav.menu')}
          </button>
        </div>
        <nav
          id="shell-nav"
          aria-label={navLabel}
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
                {extra.map((node, index) => (
                  <li key={index} className="usa-nav__secondary-item">
                    {node}
                  </li>
                ))}
              </ul>
            </div>
          </div>
        </nav>
      </header>
    </>
  );
}

interface SignOutButtonProps {
  label: string;
  closeMenu: () => void;
  signOut: () => Promise<unknown>;
}

/** The header's sign-out link, styled as a link but a button: it changes state. */
export function SignOutButton({ label, closeMenu, signOut }: SignOutButtonProps) {
  return (
    <button
      type="button"
      className="usa-button usa-button--unstyled onestop-sign-out"
      onClick={() => {
        closeMenu();
        void signOut();
      }}
    >
      {label}
    </button>
  );
}
