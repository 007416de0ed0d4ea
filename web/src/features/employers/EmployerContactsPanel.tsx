import type { EmployerContact, EmployerDetail } from '@onestop/contracts';
import { Button } from '@trussworks/react-uswds';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../components/ConfirmModal';
import { errorText } from '../../components/form-errors';
import { Notice } from '../../components/Notice';
import { QueryError } from '../../components/QueryError';
import { TableScroller } from '../../components/TableScroller';
import { useFormatters } from '../../i18n/format';
import { can } from '../session/permissions';
import { useSession } from '../session/session-context';
import { ContactDialog } from './ContactDialog';
import { EmployerLocations } from './EmployerLocations';
import { useEmployerContacts, useUpdateContact } from './employers-api';

interface PanelProps {
  employer: EmployerDetail;
  /** Whether the tab is shown: its data is read only then. */
  active: boolean;
  onNotice(text: string): void;
}

type Editing = { kind: 'add' } | { kind: 'edit'; contact: EmployerContact } | null;

/** The Contacts and locations tab (EMP-4, EMP-8). */
export function EmployerContactsPanel({ employer, active, onNotice }: PanelProps) {
  const { t } = useTranslation();
  const session = useSession();
  const format = useFormatters();
  const contacts = useEmployerContacts(employer.id, active);
  const update = useUpdateContact(employer.id);
  const [editing, setEditing] = useState<Editing>(null);
  const [deactivating, setDeactivating] = useState<EmployerContact | null>(null);
  const [error, setError] = useState<string | null>(null);
  const canAdd = can(session, 'employers', 'add');
  const canChange = can(session, 'employers', 'change');
  const list = contacts.data;
  const full = list ? list.active >= list.limit : false;
  const nameOf = (c: EmployerContact) => `${c.firstName} ${c.lastName}`;

  const reactivate = (contact: EmployerContact) => {
    setError(null);
    update.mutate(
      { contactId: contact.id, active: true },
      {
        onSuccess: () => onNotice(t('employers.contacts.reactivated', { name: nameOf(contact) })),
        onError: (failure) => setError(errorText(failure, t)),
      },
    );
  };

  return (
    <>
      <section aria-labelledby="employer-contacts-heading" className="margin-bottom-5">
        <h2 id="employer-contacts-heading" className="margin-top-0">
          {t('employers.contacts.heading')}
        </h2>
        {contacts.isPending && <p role="status">{t('common.loading')}</p>}
        {contacts.isError && <QueryError error={contacts.error} />}
        {list && (
          <>
            <p>
              {t('employers.contacts.count', {
                active: format.number(list.active),
                limit: format.number(list.limit),
              })}
            </p>
            {full && (
              <div className="usa-alert usa-alert--warning usa-alert--slim margin-bottom-2">
                <div className="usa-alert__body">
                  <p className="usa-alert__text">
                    {t('employers.contacts.full', { limit: format.number(list.limit) })}
                  </p>
                </div>
              </div>
            )}
            {error && <Notice kind="error">{error}</Notice>}
            {canAdd && !full && (
              <Button type="button" onClick={() => setEditing({ kind: 'add' })}>
                {t('employers.contacts.add')}
              </Button>
            )}
            {list.items.length === 0 ? (
              <p>{t('employers.contacts.none')}</p>
            ) : (
              <ContactTable
                items={list.items}
                canChange={canChange}
                onEdit={(contact) => setEditing({ kind: 'edit', contact })}
                onDeactivate={setDeactivating}
                onReactivate={reactivate}
              />
            )}
          </>
        )}
      </section>
      <EmployerLocations
        employer={employer}
        active={active}
        contacts={list?.items ?? []}
        onNotice={onNotice}
      />
      {editing && (
        <ContactDialog
          employerId={employer.id}
          contact={editing.kind === 'edit' ? editing.contact : undefined}
          onClose={() => setEditing(null)}
          onDone={(text) => {
            setEditing(null);
            onNotice(text);
          }}
        />
      )}
      {deactivating && (
        <ConfirmModal
          id="deactivate-employer-contact"
          title={t('employers.contacts.deactivateTitle', { name: nameOf(deactivating) })}
          description={<p>{t('employers.contacts.deactivateBody')}</p>}
          confirmLabel={t('employers.contacts.deactivate')}
          danger
          busy={update.isPending}
          error={update.error ? errorText(update.error, t) : null}
          onCancel={() => {
            update.reset();
            setDeactivating(null);
          }}
          onConfirm={() =>
            update.mutate(
              { contactId: deactivating.id, active: false },
              {
                onSuccess: () => {
                  onNotice(t('employers.contacts.deactivated', { name: nameOf(deactivating) }));
                  setDeactivating(null);
                },
              },
            )
          }
        />
      )}
    </>
  );
}

interface ContactTableProps {
  items: EmployerContact[];
  canChange: boolean;
  onEdit(contact: EmployerContact): void;
  onDeactivate(contact: EmployerContact): void;
  onReactivate(contact: EmployerContact): void;
}

function ContactTable({ items, canChange, onEdit, onDeactivate, onReactivate }: ContactTableProps) {
  const { t } = useTranslation();
  const none = t('employers.detail.none');
  return (
    <TableScroller labelledBy="employer-contacts-caption">
      <table className="usa-table usa-table--striped width-full">
        <caption id="employer-contacts-caption">{t('employers.contacts.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('employers.contacts.fields.name')}</th>
            <th scope="col">{t('employers.contacts.fields.title')}</th>
            <th scope="col">{t('employers.contacts.fields.phone')}</th>
            <th scope="col">{t('employers.contacts.fields.email')}</th>
            <th scope="col">{t('employers.fields.status')}</th>
            {canChange && (
              <th scope="col">
                <span className="usa-sr-only">{t('employers.contacts.actions')}</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {items.map((contact) => {
            const name = `${contact.firstName} ${contact.lastName}`;
            return (
              <tr key={contact.id}>
                <th scope="row">
                  {name}
                  {contact.isPrimary && (
                    <>
                      {' '}
                      <span className="usa-tag onestop-tag--active">
                        {t('employers.contacts.primary')}
                      </span>
                    </>
                  )}
                </th>
                <td>{contact.title ?? none}</td>
                <td className="text-no-wrap">{contact.phone ?? none}</td>
                <td className="onestop-break">{contact.email ?? none}</td>
                <td>
                  {contact.active ? t('employers.status.active') : t('employers.status.inactive')}
                </td>
                {canChange && (
                  <td>
                    <ul className="usa-button-group">
                      <li className="usa-button-group__item">
                        <Button
                          type="button"
                          unstyled
                          onClick={() => onEdit(contact)}
                          aria-label={t('employers.contacts.editNamed', { name })}
                        >
                          {t('employers.contacts.edit')}
                        </Button>
                      </li>
                      <li className="usa-button-group__item">
                        {contact.active ? (
                          <Button
                            type="button"
                            unstyled
                            onClick={() => onDeactivate(contact)}
                            aria-label={t('employers.contacts.deactivateNamed', { name })}
                          >
                            {t('employers.contacts.deactivate')}
                          </Button>
                        ) : (
                          <Button
                            type="button"
                            unstyled
                            onClick={() => onReactivate(contact)}
                            aria-label={t('employers.contacts.reactivateNamed', { name })}
                          >
                            {t('employers.contacts.reactivate')}
                          </Button>
                        )}
                      </li>
                    </ul>
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroller>
  );
}
