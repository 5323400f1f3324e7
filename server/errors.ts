/** The one error type of the product: mapped to HTTP once, in plugins/error-handler.ts. */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status = 400,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

/** Refusal that reveals nothing about the record (same reply whether it exists or not). */
export function forbidden(): DomainError {
  return new DomainError('FORBIDDEN', 'Bạn không có quyền thực hiện thao tác này với dữ liệu này.', 403);
}

export function unauthenticated(): DomainError {
  return new DomainError('UNAUTHENTICATED', 'Phiên đăng nhập đã hết hạn hoặc chưa đăng nhập. Vui lòng đăng nhập lại.', 401);
}

export function notFound(what: string): DomainError {
  return new DomainError('NOT_FOUND', `Không tìm thấy ${what}.`, 404);
}

export function conflict(code: string, message: string): DomainError {
  return new DomainError(code, message, 409);
}
