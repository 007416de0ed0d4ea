import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../components/Notice';
import { PageTitle } from '../../components/PageTitle';
import { QueryError } from '../../components/QueryError';
import { portalProfileSource, useProfile, useSaveProfile } from './profile-api';
import { ProfileForm } from './ProfileForm';

/** SEEK-6: a job seeker keeps their own profile up to date, through their portal session. */
export function PortalProfilePage() {
  const { t } = useTranslation();
  const profile = useProfile(portalProfileSource);
  const save = useSaveProfile(portalProfileSource);
  const [notice, setNotice] = useState<string | null>(null);
  const noticeBox = useRef<HTMLDivElement>(null);

  // The form starts again after a save; focus goes to the result, which is read out.
  useEffect(() => {
    if (notice) noticeBox.current?.focus();
  }, [notice]);

  return (
    <>
      <PageTitle>{t('profile.title')}</PageTitle>
      <p className="usa-intro">{t('profile.intro')}</p>
      <div ref={noticeBox} tabIndex={-1}>
        <Notice>{notice}</Notice>
      </div>
      {profile.isPending && <p role="status">{t('common.loading')}</p>}
      {profile.isError && <QueryError error={profile.error} />}
      {profile.data && (
        // Keyed by the save time, so the form starts again from what the server kept.
        <ProfileForm
          key={profile.data.updatedAt ?? 'new'}
          profile={profile.data}
          save={(request) => {
            setNotice(null);
            return save.mutateAsync(request);
          }}
          saving={save.isPending}
          idPrefix="my-profile"
          onSaved={() => setNotice(t('profile.saved'))}
        />
      )}
    </>
  );
}
