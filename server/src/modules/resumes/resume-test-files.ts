// Test helper: reads the checked-in resume corpus (server/test-fixtures/resumes).
import fs from 'node:fs';
import { structuredResume, type StructuredResume } from '@onestop/contracts';

const corpus = new URL('../../../test-fixtures/resumes/', import.meta.url);

export function corpusFile(relativePath: string): Uint8Array {
  return new Uint8Array(fs.readFileSync(new URL(relativePath, corpus)));
}

export function corpusTruth(name: string): StructuredResume {
  return structuredResume.parse(
    JSON.parse(fs.readFileSync(new URL(`truth/${name}.json`, corpus), 'utf8')),
  );
}
