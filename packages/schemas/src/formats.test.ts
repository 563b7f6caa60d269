import { describe, expect, it } from 'vitest';
import { date, dateTime, email, siret } from './formats.js';

describe('date', () => {
  it.each(['2024-02-29', '2000-02-29', '2026-12-31', '1970-01-01'])('accepts %s', (d) => expect(date(d)).toBe(true));
  it.each(['2023-02-29', '1900-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '26-01-01', '2026-1-1', '01/02/2026', ''])(
    'refuses %s',
    (d) => expect(date(d)).toBe(false),
  );
});

describe('date-time', () => {
  it.each(['2026-02-26T10:15:00+01:00', '2026-02-26T10:15:00Z', '2026-02-26t10:15:00.123z'])('accepts %s', (d) => expect(dateTime(d)).toBe(true));
  it.each(['2026-02-26T10:15:00', '2026-02-26T24:00:00Z', '2026-02-30T10:00:00Z', '2026-02-26'])('refuses %s', (d) => expect(dateTime(d)).toBe(false));
});

describe('siret', () => {
  // Numbers that satisfy each rule: Luhn for most, digit sum divisible by 5 under La Poste's SIREN.
  it.each(['73282932000074', '12002701600357', '35600000000056', '35600000052135'])('accepts %s', (s) => expect(siret(s)).toBe(true));
  it.each(['73282932000075', '1234567890123', '123456789012345', '7328293200007A', '35600000000049'])('refuses %s', (s) => expect(siret(s)).toBe(false));
});

describe('email', () => {
  it('accepts a plain address and refuses one without domain dot', () => {
    expect(email('agent@mairie-vasselay.fr')).toBe(true);
    expect(email('agent@localhost')).toBe(false);
    expect(email('a b@c.fr')).toBe(false);
  });
});
