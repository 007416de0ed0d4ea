import { useTranslation } from 'react-i18next';
import { useResumeTarget } from './resume-target';

/**
 * The few words of the builder and the upload pages that depend on who is at the keyboard: the job
 * seeker speaks of "my resume", staff of the seeker's. Step texts and errors are the same for both.
 */
export function useResumeWording() {
  const { t } = useTranslation();
  const { kind, person: name } = useResumeTarget();
  if (kind === 'own') {
    return {
      title: t('portal.resume.title'),
      save: t('portal.resume.save'),
      saveProgress: t('portal.resume.saveProgress'),
      saved: (date: string) => t('portal.resume.saved', { date }),
      fromUpload: (file: string) => t('portal.resume.fromUpload', { file }),
      previewIntro: t('portal.resume.preview.intro'),
      exportsHeading: t('portal.exports.heading'),
      saveFirst: t('portal.exports.saveFirst'),
      searchable: {
        legend: t('portal.resume.searchable.legend'),
        yes: t('portal.resume.searchable.yes'),
        yesDescription: t('portal.resume.searchable.yesDescription'),
        no: t('portal.resume.searchable.no'),
        noDescription: t('portal.resume.searchable.noDescription'),
      },
      uploadTitle: t('portal.upload.title'),
      uploadIntro: t('portal.upload.intro'),
      nothingReplaced: t('portal.upload.nothingReplaced'),
      uploadSubmit: t('portal.upload.submit'),
      reading: t('portal.upload.reading'),
      checkIntro: t('portal.upload.checkIntro'),
      replaces: (date: string) => t('portal.upload.replaces', { date }),
      firstResume: t('portal.upload.firstResume'),
    };
  }
  return {
    title: t('seekers.resume.builder.title', { name }),
    save: t('seekers.resume.builder.save'),
    saveProgress: t('seekers.resume.builder.saveProgress'),
    saved: (date: string) => t('seekers.resume.builder.saved', { date }),
    fromUpload: (file: string) => t('seekers.resume.builder.fromUpload', { file }),
    previewIntro: t('seekers.resume.builder.previewIntro'),
    exportsHeading: t('seekers.resume.builder.exportsHeading'),
    saveFirst: t('seekers.resume.builder.saveFirst'),
    searchable: {
      legend: t('seekers.resume.choice.legend'),
      yes: t('seekers.resume.choice.yes'),
      yesDescription: t('seekers.resume.choice.yesDescription'),
      no: t('seekers.resume.choice.no'),
      noDescription: t('seekers.resume.choice.noDescription'),
    },
    uploadTitle: t('seekers.resume.upload.title', { name }),
    uploadIntro: t('seekers.resume.upload.intro'),
    nothingReplaced: t('seekers.resume.upload.nothingReplaced'),
    uploadSubmit: t('seekers.resume.upload.submit'),
    reading: t('seekers.resume.upload.reading'),
    checkIntro: t('seekers.resume.upload.checkIntro'),
    replaces: (date: string) => t('seekers.resume.upload.replaces', { date }),
    firstResume: t('seekers.resume.upload.firstResume'),
  };
}
