import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { IdParams } from '../../../contracts/common';
import { CreateOrgUnitRequest, OrgUnit, OrgUnitList, UpdateOrgUnitRequest } from '../../../contracts/org-units';
import { createOrgUnit, listOrgUnits, updateOrgUnit } from './org-unit.service';

export async function orgUnitRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/api/org-units', { schema: { tags: ['org-units'], summary: 'Cây đơn vị', response: { 200: OrgUnitList } } }, async (req) =>
    listOrgUnits(app.db, req.requireActor()),
  );
  r.post('/api/org-units', { schema: { tags: ['org-units'], summary: 'Tạo đơn vị', body: CreateOrgUnitRequest, response: { 201: OrgUnit } } }, async (req, reply) =>
    reply.code(201).send(await createOrgUnit(app.db, req.requireActor(), req.body)),
  );
  r.patch(
    '/api/org-units/:id',
    { schema: { tags: ['org-units'], summary: 'Đổi tên, chuyển, ngừng hoạt động đơn vị', params: IdParams, body: UpdateOrgUnitRequest, response: { 200: OrgUnit } } },
    async (req) => updateOrgUnit(app.db, req.requireActor(), req.params.id, req.body),
  );
}
