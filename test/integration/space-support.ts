/** Helpers for the digital-space tests: a site of its own, open now, with a few computers and tablets. */
import { expect } from 'vitest';
import type { SpaceSnapshot, SpaceTicketView, Use } from '../../src/common/space/schemas.js';
import { stations, zones } from '../../src/server/db/schema/index.js';
import type { TestContext } from '../support/app.js';
import { anonymous, type Client } from '../support/client.js';
import { makeSite } from '../support/factories.js';
import { ALL_WEEK, middayZone, staffClient } from '../support/visits.js';

export type SpaceSite = {
  id: string;
  slug: string;
  computers: string[];
  tablets: string[];
  steward: () => Promise<Client>;
  admin: () => Promise<Client>;
  reception: () => Promise<Client>;
  manager: () => Promise<Client>;
};

export async function makeSpaceSite(t: TestContext, counts = { computers: 3, tablets: 2 }): Promise<SpaceSite> {
  const db = t.database.db;
  const site = await makeSite(db, {
    openingHours: ALL_WEEK,
    timeZone: middayZone(),
    timeLimits: { counsellingMinutes: 30, computerMinutes: 60, tabletMinutes: 30 },
  });
  const [zone] = await db
    .insert(zones)
    .values({ siteId: site.id, code: 'D', name: { fr: 'Espace', nl: 'Ruimte', en: 'Space' }, kind: 'digital' })
    .returning();
  const make = async (kind: 'computer' | 'tablet', n: number) =>
    n === 0
      ? []
      : (
          await db
            .insert(stations)
            .values(
              Array.from({ length: n }, (_, i) => ({
                siteId: site.id,
                label: `${kind === 'computer' ? 'PC' : 'TAB'}-${String(i + 1).padStart(2, '0')}`,
                kind,
                zoneId: zone?.id ?? null,
              })),
            )
            .returning({ id: stations.id, label: stations.label })
        )
          .sort((a, b) => a.label.localeCompare(b.label))
          .map((s) => s.id);
  const computers = await make('computer', counts.computers);
  const tablets = await make('tablet', counts.tablets);
  const as = (role: 'steward' | 'admin' | 'reception' | 'manager') => async () =>
    (await staffClient(t, { roles: [role], siteId: site.id })).client;
  return {
    id: site.id,
    slug: site.slug,
    computers,
    tablets,
    steward: as('steward'),
    admin: as('admin'),
    reception: as('reception'),
    manager: as('manager'),
  };
}

export async function snapshot(client: Client, slug: string): Promise<SpaceSnapshot> {
  const response = await client.get(`/api/sites/${slug}/space`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as SpaceSnapshot;
}

export async function start(client: Client, slug: string, stationId: string, ticketCode?: string): Promise<Use> {
  const response = await client.post(`/api/sites/${slug}/space/uses`, {
    stationId,
    ...(ticketCode ? { ticketCode } : {}),
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as Use;
}

export async function actOnUse(client: Client, slug: string, id: string, action: 'end' | 'extend'): Promise<Use> {
  const response = await client.post(`/api/sites/${slug}/space/uses/${id}/${action}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as Use;
}

export async function issueSpace(client: Client, slug: string, kind: 'computer' | 'tablet'): Promise<SpaceTicketView> {
  const response = await client.post(`/api/sites/${slug}/space-tickets`, { kind });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as SpaceTicketView;
}

/** Enrols a device (kiosk or station screen) at a site and claims it; returns a client with its token. */
export async function deviceClient(
  t: TestContext,
  admin: Client,
  slug: string,
  kind: 'kiosk' | 'station' | 'display',
  stationId: string | null,
) {
  const enrolled = await admin.post(`/api/sites/${slug}/devices`, {
    kind,
    label: `${kind} ${stationId ?? ''}`.trim(),
    stationId,
  });
  expect(enrolled.statusCode, enrolled.body).toBe(201);
  const { device, code } = enrolled.json() as { device: { id: string }; code: string };
  const client = anonymous(t.app);
  const claim = await client.post('/api/devices/claim', { code });
  expect(claim.statusCode, claim.body).toBe(201);
  client.bearer = (claim.json() as { token: string }).token;
  return { client, deviceId: device.id };
}
