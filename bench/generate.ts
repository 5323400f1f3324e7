// Synthetic dossiers for the benchmark: deterministic (seeded), realistic mixes of channels, states and delays.
import { seededRandom } from '../domain/random/seeded';

const UNITS = ['KTKDCLGD', 'GDTrH', 'TCCB', 'KHTC', 'GDTX-DH', 'GDMN-GDTH'];
const PROCEDURES: Record<string, string[]> = {
  KTKDCLGD: ['1.005088', '1.000181', '2.001914', '1.005108'],
  GDTrH: ['1.001000', '1.004444', '1.001622'],
  TCCB: ['1.004475'],
  KHTC: ['2.002481'],
  'GDTX-DH': ['1.005006'],
  'GDMN-GDTH': ['1.010938'],
};

function iso(epochDay: number): string {
  return new Date(epochDay * 86_400_000).toISOString().slice(0, 10);
}

/** One import row in the documented layout (server/modules/dossiers/IMPORT.md). */
export function* importRows(count: number, seed = 42): Generator<Record<string, unknown>> {
  const next = seededRandom(seed);
  const start = Date.UTC(2024, 0, 1) / 86_400_000;
  for (let i = 1; i <= count; i++) {
    const unit = UNITS[Math.floor(next() * UNITS.length)];
    const procs = PROCEDURES[unit];
    const received = start + Math.floor(next() * 700);
    const done = next() < 0.85;
    const resolved = received + 1 + Math.floor(next() * 25);
    yield {
      code: `BENCH-${String(i).padStart(8, '0')}`,
      procedureCode: procs[Math.floor(next() * procs.length)],
      unitCode: unit,
      applicantName: 'Người nộp thử nghiệm',
      applicantPhone: `09${String(10_000_000 + (i % 89_999_999)).padStart(8, '0')}`,
      channel: 1 + Math.floor(next() * 3),
      state: done ? 10 : 4,
      receivedOn: iso(received),
      resolvedOn: done ? iso(resolved) : '',
      returnedOn: done ? iso(resolved) : '',
      returnChannel: done ? 1 + Math.floor(next() * 3) : '',
      supplementCount: next() < 0.1 ? 1 + Math.floor(next() * 2) : 0,
      digitized: next() < 0.7,
      paidOnline: next() < 0.4,
      electronicRouting: next() < 0.8,
      apologyIssued: next() < 0.3,
    };
  }
}
