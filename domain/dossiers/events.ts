/**
 * The events of a dossier's append-only history, defined once as zod schemas: the type the fold reads, the
 * parser of stored histories, and the base of the staff's request schemas (contracts/dossiers.ts) are all this.
 * The schemas say the shape only; the life-cycle rules and the checks that name a field to fix are the fold's
 * (fold.ts), so a history read from anywhere is judged the same way.
 */
import { z } from 'zod';

/** A calendar date written 'YYYY-MM-DD' (the fold checks it is a real date). */
export const IsoDateText = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày phải có dạng YYYY-MM-DD');

/** Receiving channel code of the portal: 1 direct, 2 online, 3 postal. */
export const ReceivingChannel = z.union([z.literal(1), z.literal(2), z.literal(3)]);

/** Fields every event has: the dossier it belongs to and the local (Vietnam) date it happened. */
const base = { dossierCode: z.string(), on: IsoDateText };

/** One schema per event type, so a request schema can take the ones staff may record. */
export const DossierEventSchemas = {
  registered: z.object({ ...base, type: z.literal('registered'), channel: ReceivingChannel, procedureCode: z.string().optional() }),
  received: z.object({
    ...base,
    type: z.literal('received'),
    channel: ReceivingChannel.optional(),
    procedureCode: z.string().optional(),
    dueOn: IsoDateText.nullish(),
  }),
  /** Refused at the counter: the first event of a dossier that was never received, so it names the channel and procedure. */
  rejected: z.object({
    ...base,
    type: z.literal('rejected'),
    reason: z.string(),
    channel: ReceivingChannel.optional(),
    procedureCode: z.string().optional(),
  }),
  'processing-started': z.object({ ...base, type: z.literal('processing-started') }),
  'supplement-requested': z.object({ ...base, type: z.literal('supplement-requested'), reason: z.string() }),
  'supplement-received': z.object({ ...base, type: z.literal('supplement-received') }),
  'payment-requested': z.object({ ...base, type: z.literal('payment-requested'), amount: z.number().optional(), note: z.string().optional() }),
  /** online: paid through the online payment channel (766 counts it), else at the desk. */
  paid: z.object({ ...base, type: z.literal('paid'), online: z.boolean().optional() }),
  'withdrawal-requested': z.object({ ...base, type: z.literal('withdrawal-requested'), reason: z.string().optional() }),
  stopped: z.object({ ...base, type: z.literal('stopped'), reason: z.string() }),
  resolved: z.object({ ...base, type: z.literal('resolved') }),
  returned: z.object({ ...base, type: z.literal('returned') }),
  /** signer: who signed the apology letter (form 04), printed on it. */
  'apology-issued': z.object({
    ...base,
    type: z.literal('apology-issued'),
    reason: z.string(),
    newAppointmentOn: IsoDateText,
    signer: z.string().optional(),
  }),
  extended: z.object({ ...base, type: z.literal('extended'), reason: z.string(), newDueOn: IsoDateText }),
  forwarded: z.object({ ...base, type: z.literal('forwarded'), toUnitId: z.string() }),
  // A change of the organisation gave the open dossier to a successor of its handling unit (names as on that day).
  transferred: z.object({
    ...base,
    type: z.literal('transferred'),
    fromUnitId: z.number().int(),
    fromUnitName: z.string(),
    toUnitId: z.number().int(),
    toUnitName: z.string(),
    decisionNo: z.string(),
  }),
};

const S = DossierEventSchemas;

/** Any event of a dossier's history. */
export const DossierEvent = z.discriminatedUnion('type', [
  S.registered,
  S.received,
  S.rejected,
  S['processing-started'],
  S['supplement-requested'],
  S['supplement-received'],
  S['payment-requested'],
  S.paid,
  S['withdrawal-requested'],
  S.stopped,
  S.resolved,
  S.returned,
  S['apology-issued'],
  S.extended,
  S.forwarded,
  S.transferred,
]);
export type DossierEvent = z.infer<typeof DossierEvent>;

export type DossierEventType = DossierEvent['type'];
