/** A rule of the dossier life cycle refused an event; `code` is stable, `message` is for the user. */
export class DossierRuleError extends Error {
  readonly code: string;
  /** Position of the refused event in the history given to deriveDossier, when known. */
  readonly eventIndex: number | null;
  constructor(code: string, message: string, eventIndex: number | null = null) {
    super(message);
    this.name = 'DossierRuleError';
    this.code = code;
    this.eventIndex = eventIndex;
  }
}
