/** An organisation-change rule refused its input; `code` is stable for programs, `message` is Vietnamese for users. */
export class OrgRuleError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.name = 'OrgRuleError';
    this.code = code;
  }
}
