import { Button } from '@trussworks/react-uswds';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../components/QueryError';
import { useFormatters } from '../../i18n/format';
import { can } from '../session/permissions';
import { useSession } from '../session/session-context';
import { staffProfileSource, useProfile, useSaveProfile } from './profile-api';
import { ProfileForm } from './ProfileForm';
import { ProfileSummary } from './ProfileSummary';

interface SeekerProfilePanelProps {
  seekerId: string;
  /** The profile is fetched when the tab is open, not with the record. */
  active: boolean;
  onNotice(text: string): void;
}

/**
 * SEEK-6 on the staff record's Profile tab (SEC-3 withholds the tab itself): the profile to read,
 * and an Edit button for staff with Change on job seekers (SEC-2).
 */
export function SeekerProfilePanel({ seekerId, active, onNotice }: SeekerProfilePanelProps) {
  const { t } = useTranslation();
  const session = useSession();
  const format = useFormatters();
  const source = useMemo(() => staffProfileSource(seekerId), [seekerId]);
  const profile = useProfile(source, active);
  const save = useSaveProfile(source);
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  // A new object each time, so asking twice for the same target still moves focus.
  const [focusRequest, setFocusRequest] = useState<{ to: 'edit' | 'heading' } | null>(null);

  useEffect(() => {
    if (focusRequest?.to === 'edit') editButton.current?.focus();
    if (focusRequest?.to === 'heading') heading.current?.focus();
  }, [focusRequest]);

  if (profile.isPending) return active ? <p role="status">{t('common.loading')}</p> : null;
  if (profile.isError) return <QueryError error={profile.error} />;
  const data = profile.data;
  const canEdit = can(session, 'seekers', 'change');

  return (
    <>
      <h2 ref={heading} tabIndex={-1} className="margin-top-0">
        {t('profile.panelHeading')}
      </h2>
      <p className="usa-hint">
        {data.updatedAt
          ? t('profile.lastSaved', { when: format.dateTime(data.updatedAt) })
          : t('profile.neverSaved')}
      </p>
      {editing ? (
        <ProfileForm
          profile={data}
          save={(request) => save.mutateAsync(request)}
          saving={save.isPending}
          idPrefix={`seeker-profile-${seekerId.slice(0, 8)}`}
          onSaved={() => {
            setEditing(false);
            onNotice(t('profile.saved'));
            setFocusRequest({ to: 'edit' });
          }}
          onCancel={() => {
            setEditing(false);
            setFocusRequest({ to: 'edit' });
          }}
        />
      ) : (
        <>
          {canEdit && (
            <Button
              type="button"
              outline
              ref={editButton}
              className="margin-bottom-3"
              onClick={() => {
                setEditing(true);
                setFocusRequest({ to: 'heading' });
              }}
            >
              {t('profile.edit')}
            </Button>
          )}
          <ProfileSummary profile={data} />
        </>
      )}
    </>
  );
}
