import type { EmployerSummary } from '@onestop/contracts';

/** The record number as staff say it and as the server writes it in messages: "E-100123". */
export function formatRecordNumber(recordNumber: number): string {
  return `E-${recordNumber}`;
}

/** Nine digits typed with or without the dash (EMP-1), or null. */
export function feinDigits(text: string): string | null {
  const trimmed = text.trim();
  return /^\d{2}-?\d{7}$/.test(trimmed) ? trimmed.replace('-', '') : null;
}

/** A FEIN as people write it, 12-3456789; anything else is shown as the server sent it. */
export function formatFein(fein: string | null): string | null {
  if (!fein) return null;
  const digits = feinDigits(fein);
  return digits ? `${digits.slice(0, 2)}-${digits.slice(2)}` : fein;
}

/** "Acme Tool & Die LLC (Acme)" when the trade name differs from the legal name. */
export function employerName(employer: Pick<EmployerSummary, 'legalName' | 'tradeName'>): string {
  const trade = employer.tradeName?.trim();
  return trade && trade.toLowerCase() !== employer.legalName.toLowerCase()
    ? `${employer.legalName} (${trade})`
    : employer.legalName;
}

export function cityState(place: Pick<EmployerSummary, 'city' | 'state'>): string {
  return [place.city, place.state].filter(Boolean).join(', ');
}

/** The address as lines, empty ones left out. */
export function addressLines(address: {
  address1: string | null;
  address2: string | null;
  city: string | null;
  state: string | null;
  zip: string | null;
}): string[] {
  const place = [address.city, [address.state, address.zip].filter(Boolean).join(' ')]
    .filter(Boolean)
    .join(', ');
  return [address.address1, address.address2, place].filter((line): line is string =>
    Boolean(line),
  );
}

export function digitsOf(text: string): string {
  return text.replace(/\D/g, '');
}
