import type { FastifyError, FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { DomainError } from '../errors';

const PART_NAMES: Record<string, string> = { body: 'nội dung', querystring: 'tham số truy vấn', params: 'đường dẫn', headers: 'tiêu đề' };

/**
 * Maps every error to `{"error":{"code","message","details"}}` once: domain errors keep their
 * status and Vietnamese message; validation errors name each field; anything unexpected is logged
 * and answered with a generic 500 that carries no stack trace.
 */
export const errorHandlerPlugin = fp(async (app: FastifyInstance) => {
  app.setErrorHandler((err: FastifyError, req, reply) => {
    if (err instanceof DomainError) {
      return reply.status(err.status).send({ error: { code: err.code, message: err.message, details: err.details } });
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const part = PART_NAMES[err.validationContext ?? 'body'] ?? 'dữ liệu';
      const fields = err.validation.map((v) => {
        const field = v.instancePath.replace(/^\//, '').replace(/\//g, '.') || '(toàn bộ)';
        return { field, message: v.message ?? 'Giá trị không hợp lệ.' };
      });
      const summary = fields.map((f) => `${f.field}: ${f.message}`).join('; ');
      return reply
        .status(400)
        .send({ error: { code: 'VALIDATION_FAILED', message: `Dữ liệu gửi lên (${part}) chưa hợp lệ — ${summary}`, details: { fields } } });
    }
    if (isResponseSerializationError(err)) {
      req.log.error({ err }, 'response did not match its contract');
      return reply.status(500).send({ error: { code: 'INTERNAL', message: 'Lỗi hệ thống. Vui lòng thử lại sau hoặc báo quản trị viên.' } });
    }
    if (err.statusCode === 429) {
      return reply
        .status(429)
        .send({ error: { code: 'TOO_MANY_REQUESTS', message: 'Bạn gửi quá nhiều yêu cầu trong thời gian ngắn. Vui lòng đợi một phút rồi thử lại.' } });
    }
    if (err.code === 'FST_ERR_CTP_BODY_TOO_LARGE' || err.statusCode === 413) {
      return reply.status(413).send({ error: { code: 'PAYLOAD_TOO_LARGE', message: 'Dữ liệu gửi lên quá lớn. Hãy giảm kích thước tệp hoặc chia nhỏ.' } });
    }
    if (err.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
      return reply.status(415).send({ error: { code: 'UNSUPPORTED_MEDIA_TYPE', message: 'Kiểu dữ liệu gửi lên không được hỗ trợ.' } });
    }
    if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
      const message =
        err.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || err instanceof SyntaxError
          ? 'Nội dung JSON không đọc được: kiểm tra dấu ngoặc và dấu phẩy.'
          : 'Yêu cầu không hợp lệ.';
      return reply.status(err.statusCode).send({ error: { code: err.code ?? 'BAD_REQUEST', message } });
    }
    req.log.error({ err }, 'unexpected error');
    return reply.status(500).send({ error: { code: 'INTERNAL', message: 'Lỗi hệ thống. Vui lòng thử lại sau hoặc báo quản trị viên.' } });
  });
  app.setNotFoundHandler((req, reply) => {
    reply.status(404).send({ error: { code: 'NOT_FOUND', message: `Không có địa chỉ ${req.method} ${req.url.split('?')[0]}.` } });
  });
});
