import type { StructuredResume } from '@onestop/contracts';
import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  TabStopType,
  TextRun,
} from 'docx';
import {
  contactLine,
  degreeLine,
  dutyLines,
  fullName,
  jobDates,
  jobHeading,
  licenseLine,
  place,
} from './render-shared';

/** Right edge of the text on US Letter with 1-inch margins, in twentieths of a point. */
const RIGHT_TAB = 9360;

function section(title: string, children: Paragraph[]): Paragraph[] {
  return [new Paragraph({ text: title, heading: HeadingLevel.HEADING_1 }), ...children];
}

/**
 * SEEK-10: the resume as a Word document. Section names and jobs use Word's heading styles, so
 * screen readers and the navigation pane see the structure; duties are real bulleted lists.
 */
export async function renderResumeDocx(resume: StructuredResume): Promise<Uint8Array> {
  const name = fullName(resume);
  const children: Paragraph[] = [];
  if (name) children.push(new Paragraph({ text: name, heading: HeadingLevel.TITLE }));
  const contact = contactLine(resume);
  if (contact) children.push(new Paragraph({ text: contact, alignment: AlignmentType.LEFT }));
  if (resume.summary.trim()) {
    children.push(
      ...section(
        'Summary',
        resume.summary.split('\n').map((text) => new Paragraph({ text })),
      ),
    );
  }
  if (resume.work.length > 0) {
    children.push(
      ...section(
        'Experience',
        resume.work.flatMap((job) => {
          const dates = jobDates(job);
          const where = place(job.city, job.state);
          return [
            new Paragraph({
              heading: HeadingLevel.HEADING_2,
              tabStops: [{ type: TabStopType.RIGHT, position: RIGHT_TAB }],
              children: [
                new TextRun(jobHeading(job)),
                ...(dates ? [new TextRun(`\t${dates}`)] : []),
              ],
            }),
            ...(where
              ? [new Paragraph({ children: [new TextRun({ text: where, italics: true })] })]
              : []),
            ...dutyLines(job.duties).map((text) => new Paragraph({ text, bullet: { level: 0 } })),
          ];
        }),
      ),
    );
  }
  if (resume.education.length > 0) {
    children.push(
      ...section(
        'Education',
        resume.education.flatMap((entry) => {
          const degree = degreeLine(entry);
          return [
            ...(entry.institution
              ? [
                  new Paragraph({
                    children: [new TextRun({ text: entry.institution, bold: true })],
                  }),
                ]
              : []),
            ...(degree ? [new Paragraph({ text: degree })] : []),
          ];
        }),
      ),
    );
  }
  if (resume.licenses.length > 0) {
    children.push(
      ...section(
        'Licenses and Certifications',
        resume.licenses.map(
          (license) => new Paragraph({ text: licenseLine(license), bullet: { level: 0 } }),
        ),
      ),
    );
  }
  if (resume.skills.length > 0) {
    children.push(...section('Skills', [new Paragraph({ text: resume.skills.join(', ') })]));
  }
  const document = new Document({
    title: name ? `Resume – ${name}` : 'Resume',
    creator: 'OneStop',
    styles: { default: { document: { run: { font: 'Calibri', size: 22 } } } },
    sections: [{ children }],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
