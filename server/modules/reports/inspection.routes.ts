import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParams } from '../../../contracts/common';
import {
  AssessInitiativeRequest,
  CompleteRecommendationRequest,
  CreateInspectionRequest,
  DashboardQuery,
  Initiative,
  InitiativeQuery,
  Inspection,
  InspectionPlan,
  InspectionQuery,
  LeaderDashboard,
  RecordInspectionRequest,
  RegisterInitiativeRequest,
} from '../../../contracts/reports-inspections';
import { getDashboard } from './dashboard.service';
import { assessInitiative, registerInitiative, searchInitiatives } from './initiative.service';
import { completeRecommendation, getInspectionPlan, planInspection, recordInspection } from './inspection.service';

/** Inspections, initiatives and the leaders' dashboard. */
export async function inspectionRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/inspections',
    {
      schema: { tags: ['inspections'], summary: 'Kế hoạch và kết quả kiểm tra CCHC của năm', querystring: InspectionQuery, response: { 200: InspectionPlan } },
    },
    async (req) => getInspectionPlan(app.db, req.requireActor(), req.query.year),
  );
  r.post(
    '/api/inspections',
    { schema: { tags: ['inspections'], summary: 'Đưa đơn vị vào kế hoạch kiểm tra', body: CreateInspectionRequest, response: { 201: Inspection } } },
    async (req, reply) => reply.code(201).send(await planInspection(app.db, req.requireActor(), req.body)),
  );
  r.put(
    '/api/inspections/:id/result',
    {
      schema: {
        tags: ['inspections'],
        summary: 'Ghi kết quả kiểm tra và kiến nghị',
        params: IdParams,
        body: RecordInspectionRequest,
        response: { 200: Inspection },
      },
    },
    async (req) => recordInspection(app.db, req.requireActor(), req.params.id, req.body),
  );
  r.post(
    '/api/inspection-recommendations/:id/done',
    {
      schema: {
        tags: ['inspections'],
        summary: 'Báo cáo đã khắc phục kiến nghị',
        params: IdParams,
        body: CompleteRecommendationRequest,
        response: { 200: Inspection },
      },
    },
    async (req) => completeRecommendation(app.db, req.requireActor(), req.params.id, req.body.note),
  );
  r.get(
    '/api/initiatives',
    { schema: { tags: ['initiatives'], summary: 'Tra cứu sáng kiến', querystring: InitiativeQuery, response: { 200: z.array(Initiative) } } },
    async (req) => searchInitiatives(app.db, req.requireActor(), req.query),
  );
  r.post(
    '/api/initiatives',
    { schema: { tags: ['initiatives'], summary: 'Đăng ký sáng kiến', body: RegisterInitiativeRequest, response: { 201: Initiative } } },
    async (req, reply) => reply.code(201).send(await registerInitiative(app.db, req.requireActor(), req.body)),
  );
  r.post(
    '/api/initiatives/:id/assessment',
    {
      schema: {
        tags: ['initiatives'],
        summary: 'Ghi kết quả đánh giá, công nhận sáng kiến',
        params: IdParams,
        body: AssessInitiativeRequest,
        response: { 200: Initiative },
      },
    },
    async (req) => assessInitiative(app.db, req.requireActor(), req.params.id, req.body),
  );
  r.get(
    '/api/dashboard',
    { schema: { tags: ['dashboard'], summary: 'Bảng điều hành của lãnh đạo', querystring: DashboardQuery, response: { 200: LeaderDashboard } } },
    async (req) => getDashboard(app.db, req.requireActor(), req.query.year),
  );
}
