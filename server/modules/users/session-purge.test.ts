import { afterEach, describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/harness';
import * as clock from '../../clock';
import { sessions } from '../../db/schema/index';
import { features } from '../index';

const t = useTestApp();

/** The scheduled job that purges expired sessions, as the scheduler finds it among the features' jobs. */
const purgeJob = () => features.flatMap((f) => f.jobs ?? []).find((j) => j.name === 'sessions.purge-expired');

afterEach(() => clock.setClock(null));

describe('expired sessions', () => {
  it('are purged by the hourly job; live sessions stay and still sign their user in', async () => {
    const job = purgeJob();
    expect(job?.everyMinutes).toBe(60);
    clock.setClock(clock.fixedClock('2026-03-02T01:00:00Z'));
    const old = await t.login('vanphong');
    // Past the 12-hour lifetime of the first session, a second user signs in.
    clock.setClock(clock.fixedClock('2026-03-02T14:00:00Z'));
    const live = await t.login('lanhdao');
    expect(await t.database.db.select().from(sessions)).toHaveLength(2);

    await job!.run(t.app, clock.now());

    const left = await t.database.db.select().from(sessions);
    expect(left.map((s) => s.userId)).toEqual([t.userId('lanhdao')]);
    expect((await t.request({ method: 'GET', url: '/api/auth/me', headers: { cookie: live } })).statusCode).toBe(200);
    expect((await t.request({ method: 'GET', url: '/api/auth/me', headers: { cookie: old } })).statusCode).toBe(401);
  });

  it('leaves a database without expired sessions as it is', async () => {
    await t.login('truong');
    await purgeJob()!.run(t.app, clock.now());
    expect(await t.database.db.select().from(sessions)).toHaveLength(1);
  });
});
