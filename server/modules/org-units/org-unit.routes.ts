import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { IdParams } from '../../../contracts/common';
import {
  CreateHistoryGrantRequest,
  HistoryGrant,
  HistoryGrantList,
  HistoryGrantQuery,
  OrgChange,
  OrgChangeList,
  OrgChangeOutcome,
  OrgChangeRequest,
  UnitHistory,
} from '../../../contracts/org-changes';
import { CreateOrgUnitRequest, OrgUnit, OrgUnitList, OrgUnitListQuery, UpdateOrgUnitRequest } from '../../../contracts/org-units';
import { applyOrgChange, getOrgChange, listOrgChanges, previewOrgChange } from './org-change.service';
import { createOrgUnit, listOrgUnits, updateOrgUnit } from './org-unit.service';
import { grantHistory, listHistoryGrants, revokeHistoryGrant, unitHistory } from './unit-history.service';

export async function orgUnitRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['org-units'];
  r.get(
    '/api/org-units',
    { schema: { tags, summary: 'Cây đơn vị (hôm nay, hoặc như tại một ngày)', querystring: OrgUnitListQuery, response: { 200: OrgUnitList } } },
    async (req) => listOrgUnits(app.db, req.requireActor(), req.query),
  );
  r.post('/api/org-units', { schema: { tags, summary: 'Tạo đơn vị', body: CreateOrgUnitRequest, response: { 201: OrgUnit } } }, async (req, reply) =>
    reply.code(201).send(await createOrgUnit(app.db, req.requireActor(), req.body)),
  );
  r.patch(
    '/api/org-units/:id',
    { schema: { tags, summary: 'Sửa thông tin, chuyển, ngừng hoạt động đơn vị', params: IdParams, body: UpdateOrgUnitRequest, response: { 200: OrgUnit } } },
    async (req) => updateOrgUnit(app.db, req.requireActor(), req.params.id, req.body),
  );
  r.get(
    '/api/org-units/:id/history',
    { schema: { tags, summary: 'Lịch sử một đơn vị: các giai đoạn, tiền thân, kế thừa', params: IdParams, response: { 200: UnitHistory } } },
    async (req) => unitHistory(app.db, req.requireActor(), req.params.id),
  );
  r.get('/api/org-changes', { schema: { tags, summary: 'Các thay đổi tổ chức đã ghi', response: { 200: OrgChangeList } } }, async (req) =>
    listOrgChanges(app.db, req.requireActor()),
  );
  r.get(
    '/api/org-changes/:id',
    { schema: { tags, summary: 'Một thay đổi tổ chức và những gì đã chuyển', params: IdParams, response: { 200: OrgChange } } },
    async (req) => getOrgChange(app.db, req.requireActor(), req.params.id),
  );
  r.post(
    '/api/org-changes/preview',
    { schema: { tags, summary: 'Xem trước một thay đổi tổ chức (không lưu)', body: OrgChangeRequest, response: { 200: OrgChangeOutcome } } },
    async (req) => previewOrgChange(app.db, req.requireActor(), req.body, app.orgChangeParticipants),
  );
  r.post(
    '/api/org-changes',
    { schema: { tags, summary: 'Ghi một thay đổi tổ chức có hiệu lực từ ngày của nó', body: OrgChangeRequest, response: { 201: OrgChange } } },
    async (req, reply) => reply.code(201).send(await applyOrgChange(app.db, req.requireActor(), req.body, app.orgChangeParticipants)),
  );
  r.get(
    '/api/unit-history-grants',
    { schema: { tags, summary: 'Quyền xem lịch sử đơn vị đã kết thúc', querystring: HistoryGrantQuery, response: { 200: HistoryGrantList } } },
    async (req) => listHistoryGrants(app.db, req.requireActor(), req.query),
  );
  r.post(
    '/api/unit-history-grants',
    { schema: { tags, summary: 'Cấp quyền xem lịch sử đơn vị đã kết thúc', body: CreateHistoryGrantRequest, response: { 201: HistoryGrant } } },
    async (req, reply) => reply.code(201).send(await grantHistory(app.db, req.requireActor(), req.body)),
  );
  r.post(
    '/api/unit-history-grants/:id/revoke',
    { schema: { tags, summary: 'Thu hồi quyền xem lịch sử', params: IdParams, response: { 200: HistoryGrant } } },
    async (req) => revokeHistoryGrant(app.db, req.requireActor(), req.params.id),
  );
}
