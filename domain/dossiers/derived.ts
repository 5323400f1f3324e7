/**
 * The state of a dossier as its history determines it. It is never stored on its own: it is folded from the
 * events (fold.ts), so every figure (pauses, supplement count, dates) can be traced back.
 */
import type { IsoDate } from '../time/iso-date';
import type { DossierStateCode, ReceivingChannelCode } from './states';

/** A stretch of time the dossier waited for the applicant; the calendar decides which kinds stop the clock. */
export interface DossierPause {
  kind: 'supplement' | 'payment';
  from: IsoDate;
  /** null while still waiting. */
  to: IsoDate | null;
}

export interface DossierFlags {
  /** More than one supplement request: the 766 method counts such a dossier late whatever its dates. */
  multipleSupplements: boolean;
  apologyIssued: boolean;
  extended: boolean;
  forwarded: boolean;
  withdrawalRequested: boolean;
  /** A financial obligation was paid through the online payment channel. */
  paidOnline: boolean;
  /** Waiting for the applicant right now. */
  paused: boolean;
}

/** The state of a dossier derived from its history. */
export interface DerivedDossier {
  dossierCode: string;
  /** null before the first event. */
  state: DossierStateCode | null;
  channel: ReceivingChannelCode | null;
  procedureCode: string | null;
  registeredOn: IsoDate | null;
  receivedOn: IsoDate | null;
  /**
   * The legal due date in force: recorded at receipt and moved by lawful extensions. Without a calendar the fold
   * cannot count the waiting days, so the record fold (record.ts) sets it to the date the calendar gives before
   * judging an extension against it.
   */
  dueOn: IsoDate | null;
  /** Latest date promised to the applicant in an apology letter (hẹn lại); does not move dueOn. */
  appointmentOn: IsoDate | null;
  resolvedOn: IsoDate | null;
  returnedOn: IsoDate | null;
  /** Date of rejection or stop, when the dossier ended without a result. */
  closedOn: IsoDate | null;
  pauses: readonly DossierPause[];
  supplementCount: number;
  apologies: readonly { on: IsoDate; reason: string; newAppointmentOn: IsoDate }[];
  forwards: readonly { on: IsoDate; toUnitId: string }[];
  lastEventOn: IsoDate | null;
  eventCount: number;
  flags: DossierFlags;
}

/** A dossier with no history yet, the seed of the fold. */
export function emptyDossier(dossierCode: string): DerivedDossier {
  return {
    dossierCode,
    state: null,
    channel: null,
    procedureCode: null,
    registeredOn: null,
    receivedOn: null,
    dueOn: null,
    appointmentOn: null,
    resolvedOn: null,
    returnedOn: null,
    closedOn: null,
    pauses: [],
    supplementCount: 0,
    apologies: [],
    forwards: [],
    lastEventOn: null,
    eventCount: 0,
    flags: {
      multipleSupplements: false,
      apologyIssued: false,
      extended: false,
      forwarded: false,
      withdrawalRequested: false,
      paidOnline: false,
      paused: false,
    },
  };
}
