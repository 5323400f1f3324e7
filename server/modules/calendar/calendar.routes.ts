import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { OkReply } from '../../../contracts/common';
import {
  CalendarDateParams,
  CalendarDayView,
  DueDateQuery,
  DueDateReply,
  HolidayList,
  HolidaysQuery,
  ImportYearReply,
  ImportYearRequest,
  SetCalendarDayRequest,
  YearParams,
} from '../../../contracts/calendar';
import { dueDate, exportYear, importYear, listHolidays, removeCalendarDay, setCalendarDay } from './calendar.service';

export async function calendarRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  // The calendar is public knowledge (citizens check their appointment date), so reading it needs no account.
  const publicRead = { public: true, rateLimit: { max: app.config.rateLimits.publicPerMinute, timeWindow: '1 minute' } };
  r.get(
    '/api/calendar/holidays',
    {
      config: publicRead,
      schema: { tags: ['calendar'], summary: 'Ngày nghỉ lễ, nghỉ bù, làm bù của năm', querystring: HolidaysQuery, response: { 200: HolidayList } },
    },
    async (req) => listHolidays(app.db, req.query.year),
  );
  r.get(
    '/api/calendar/due-date',
    {
      config: publicRead,
      schema: { tags: ['calendar'], summary: 'Tính ngày hẹn trả theo ngày làm việc', querystring: DueDateQuery, response: { 200: DueDateReply } },
    },
    async (req) => dueDate(app.db, req.query.start, req.query.days),
  );
  r.post(
    '/api/calendar/days',
    { schema: { tags: ['calendar'], summary: 'Thêm hoặc điều chỉnh một ngày', body: SetCalendarDayRequest, response: { 200: CalendarDayView } } },
    async (req) => setCalendarDay(app.db, req.requireActor(), req.body),
  );
  r.delete(
    '/api/calendar/days/:date',
    { schema: { tags: ['calendar'], summary: 'Xóa điều chỉnh của một ngày', params: CalendarDateParams, response: { 200: OkReply } } },
    async (req) => removeCalendarDay(app.db, req.requireActor(), req.params.date),
  );
  r.put(
    '/api/calendar/years/:year',
    {
      schema: {
        tags: ['calendar'],
        summary: 'Nhập lịch của năm (CSV hoặc JSON)',
        params: YearParams,
        body: ImportYearRequest,
        response: { 200: ImportYearReply },
      },
    },
    async (req) => importYear(app.db, req.requireActor(), req.params.year, req.body),
  );
  r.get('/api/calendar/years/:year/export', { schema: { tags: ['calendar'], summary: 'Xuất lịch của năm (CSV)', params: YearParams } }, async (req, reply) => {
    const csv = await exportYear(app.db, req.requireActor(), req.params.year);
    return reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="lich-${req.params.year}.csv"`)
      .send(csv);
  });
}
