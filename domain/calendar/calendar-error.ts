/** A calendar rule refused its input; `code` is stable for programs, `message` is Vietnamese for users. */
export class CalendarRuleError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.name = 'CalendarRuleError';
    this.code = code;
  }
}
