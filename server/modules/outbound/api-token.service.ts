// Keys for other systems (the province's reporting system) to pull cchc's figures: made by an administrator for a
// unit's subtree, shown once, kept as a SHA-256 hash, revocable. A key reads only (the 766 figures and register
// extracts of its subtree).
import { createHash, randomBytes } from 'node:crypto';
import type { z } from 'zod';
import type { ApiToken, CreatedApiToken, CreateApiTokenRequest } from '../../../contracts/outbound';
import { authorize, type Actor } from '../../auth/permissions';
import type { Db } from '../../db/client';
import { DomainError, forbidden } from '../../errors';
import { recordAudit } from '../audit/audit.service';
import { orgUnitRepository } from '../org-units/org-unit.repository';
import { outboundRepository } from './outbound.repository';

type TokenView = z.infer<typeof ApiToken>;
const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

function view(
  t: { id: number; name: string; unitId: number; prefix: string; createdAt: Date; lastUsedAt: Date | null; revokedAt: Date | null },
  unitName: string,
): TokenView {
  return {
    id: t.id,
    name: t.name,
    unitId: t.unitId,
    unitName,
    prefix: t.prefix,
    createdAt: t.createdAt.toISOString(),
    lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
    revokedAt: t.revokedAt?.toISOString() ?? null,
  };
}

export async function listApiTokens(db: Db, actor: Actor): Promise<{ items: TokenView[] }> {
  authorize(actor, 'integration:manage');
  return { items: (await outboundRepository.tokens(db, actor.scopePath)).map((r) => view(r.t, r.unitName)) };
}

/** Makes a key; the answer is the only place the key appears. */
export async function createApiToken(db: Db, actor: Actor, input: z.infer<typeof CreateApiTokenRequest>): Promise<z.infer<typeof CreatedApiToken>> {
  authorize(actor, 'integration:manage');
  const unit = await orgUnitRepository.findById(db, input.unitId);
  if (!unit) throw new DomainError('UNIT_NOT_FOUND', `Đơn vị (mã số ${input.unitId}) không tồn tại.`, 400, { field: 'unitId' });
  authorize(actor, 'integration:manage', unit);
  const token = `cchc_${randomBytes(32).toString('base64url')}`;
  return db.transaction(async (tx) => {
    const row = await outboundRepository.insertToken(tx, {
      name: input.name,
      unitId: unit.id,
      tokenHash: hashOf(token),
      prefix: token.slice(0, 12),
      createdBy: actor.userId,
    });
    await recordAudit(tx, actor, {
      action: 'api-token.created',
      entityType: 'api_token',
      entityId: row.id,
      unitId: unit.id,
      after: { name: input.name, prefix: row.prefix },
    });
    return { ...view(row, unit.name), token };
  });
}

export async function revokeApiToken(db: Db, actor: Actor, id: number): Promise<TokenView> {
  authorize(actor, 'integration:manage');
  const found = await outboundRepository.tokenWithUnit(db, id);
  if (!found) throw forbidden();
  authorize(actor, 'integration:manage', { path: found.unitPath });
  await db.transaction(async (tx) => {
    await outboundRepository.revoke(tx, id);
    await recordAudit(tx, actor, { action: 'api-token.revoked', entityType: 'api_token', entityId: id, unitId: found.t.unitId });
  });
  const after = (await outboundRepository.tokenWithUnit(db, id))!;
  return view(after.t, after.unitName);
}

/** The read-only actor of a live key in `Authorization: Bearer …`, or null. */
export async function actorFromApiKey(db: Db, authorization: string | undefined): Promise<Actor | null> {
  const token = /^Bearer (cchc_[A-Za-z0-9_-]{20,})$/.exec(authorization ?? '')?.[1];
  if (!token) return null;
  const row = await outboundRepository.useToken(db, hashOf(token));
  if (!row) return null;
  // Read only: the role that reads dossiers and nothing else it could change, within the key's subtree.
  return {
    userId: row.createdBy ?? 0,
    username: `khoa:${row.name}`,
    fullName: row.name,
    role: 'leader',
    unitId: row.unitId,
    unitPath: row.unitPath,
    scopePath: row.unitPath,
  };
}
