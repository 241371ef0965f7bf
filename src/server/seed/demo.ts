import { count, eq } from 'drizzle-orm';
import { LANGUAGES, type Field, type Language, type Role } from '../../common/domain.js';
import type { Db } from '../db/client.js';
import {
  desks,
  devices,
  organisations,
  rooms,
  sites,
  stations,
  userSiteRoles,
  users,
  zones,
} from '../db/schema/index.js';
import { seedAgendaDemo } from '../modules/agenda/index.js';
import { seedRosterDemo } from '../modules/roster/index.js';
import { hashPassword } from '../platform/auth/passwords.js';
import { normaliseCode, oneTimeCode, sha256 } from '../platform/auth/tokens.js';
import {
  BRUSSELS_SITE,
  CENTRE_TEAM_ORGANISATION,
  COMPUTERS,
  DESK_COUNT,
  FIRST_NAMES,
  LAST_NAMES,
  ORGANISATIONS,
  ROOMS,
  TABLETS,
  ZONES,
} from './brussels.js';

export const DEMO_PASSWORD = 'atrium-demo-2026';
export const DEMO_DOMAIN = 'demo.atrium.example';

export type DemoSignIn = { role: Role | 'network'; email: string };
export type DemoResult = { signIns: DemoSignIn[]; deviceCodes: { kind: string; label: string; code: string }[] };

/** A small deterministic generator so every demo install has the same people. */
function prng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let x = Math.imul(s ^ (s >>> 15), 1 | s);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

const slugName = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]+/g, '');

/** Whether this database holds the Brussels demo centre (its demo administrator), where demo data may go. */
export async function demoCentreExists(db: Db) {
  const [row] = await db
    .select({ n: count() })
    .from(users)
    .where(eq(users.email, `admin@${DEMO_DOMAIN}`));
  return (row?.n ?? 0) > 0;
}

export async function isEmpty(db: Db) {
  const [row] = await db.select({ n: count() }).from(sites);
  return (row?.n ?? 0) === 0;
}

/** Fills an empty database with the Brussels centre. Runs in one transaction: all or nothing. */
export async function seedDemo(db: Db): Promise<DemoResult> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const random = prng(2026);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)] as T;

  return db.transaction(async (tx) => {
    const [site] = await tx.insert(sites).values(BRUSSELS_SITE).returning();
    if (!site) throw new Error('site insert failed');
    const orgRows = await tx
      .insert(organisations)
      .values(
        ORGANISATIONS.map(({ slug, name, kind, website, fundingSharePercent }) => ({
          slug,
          name,
          kind,
          website,
          fundingSharePercent,
        })),
      )
      .returning();
    const orgId = new Map(orgRows.map((o) => [o.slug, o.id]));

    const zoneRows = await tx
      .insert(zones)
      .values(ZONES.map((z) => ({ ...z, siteId: site.id })))
      .returning();
    const zoneId = (kind: string) => zoneRows.find((z) => z.kind === kind)?.id ?? null;

    await tx.insert(desks).values(
      Array.from({ length: DESK_COUNT }, (_, i) => ({
        siteId: site.id,
        number: i + 1,
        label: `Desk ${i + 1}`,
        zoneId: zoneId('counselling'),
      })),
    );
    await tx
      .insert(rooms)
      .values(ROOMS.map((r) => ({ ...r, equipment: [...r.equipment], siteId: site.id, zoneId: zoneId('rooms') })));
    const stationValues = [
      ...Array.from({ length: COMPUTERS }, (_, i) => ({
        label: `PC-${String(i + 1).padStart(2, '0')}`,
        kind: 'computer',
      })),
      ...Array.from({ length: TABLETS }, (_, i) => ({
        label: `TAB-${String(i + 1).padStart(2, '0')}`,
        kind: 'tablet',
      })),
    ];
    await tx.insert(stations).values(stationValues.map((s) => ({ ...s, siteId: site.id, zoneId: zoneId('digital') })));

    const used = new Set<string>();
    const person = (org: string) => {
      for (;;) {
        const first = pick(FIRST_NAMES);
        const last = pick(LAST_NAMES);
        const email = `${slugName(first)}.${slugName(last)}@${org}.${DEMO_DOMAIN}`;
        if (!used.has(email)) {
          used.add(email);
          return { displayName: `${first} ${last}`, email };
        }
      }
    };

    type NewUser = typeof users.$inferInsert & { roles: Role[] };
    const people: NewUser[] = [];
    const base = { passwordHash, contractHours: 38, trainedOn: '2025-09-01', active: true };
    const team = orgId.get(CENTRE_TEAM_ORGANISATION) as string;
    const named = (email: string, displayName: string, roles: Role[], extra: Partial<NewUser> = {}): NewUser => ({
      ...base,
      email,
      displayName,
      organisationId: team,
      preferredLanguage: 'fr',
      languages: ['fr', 'nl', 'en'],
      fields: [],
      roles,
      ...extra,
    });
    people.push(named(`admin@${DEMO_DOMAIN}`, 'Alex Administrateur', ['admin', 'manager']));
    people.push(named(`manager@${DEMO_DOMAIN}`, 'Marie Manager', ['manager']));
    people.push(named(`reception@${DEMO_DOMAIN}`, 'Rita Receptie', ['reception'], { preferredLanguage: 'nl' }));
    people.push(named(`steward@${DEMO_DOMAIN}`, 'Samir Steward', ['steward'], { languages: ['fr', 'en'] }));
    people.push(
      named(`partner@${DEMO_DOMAIN}`, 'Paula Partenaire', ['partner'], {
        organisationId: orgId.get('sfpme') as string,
      }),
    );
    for (let i = 0; i < 3; i++)
      people.push({
        ...named('', '', ['reception']),
        ...person('actiris'),
        languages: i % 2 ? ['fr', 'nl'] : ['nl', 'fr', 'en'],
      });
    for (let i = 0; i < 3; i++)
      people.push({
        ...named('', '', ['steward']),
        ...person('actiris'),
        languages: i % 2 ? ['fr', 'en'] : ['fr', 'nl'],
      });

    let firstCounsellor = '';
    for (const org of ORGANISATIONS) {
      for (let i = 0; i < org.counsellors; i++) {
        const spoken = LANGUAGES.filter((l) => random() < org.speaks[l]);
        const languages: Language[] = spoken.length > 0 ? spoken : ['fr'];
        const fields = org.fields.filter((_, k) => k === i % org.fields.length || random() < 0.35) as Field[];
        const partTime = random() < 0.3;
        const p = person(org.slug);
        const email = !firstCounsellor ? `counsellor@${DEMO_DOMAIN}` : p.email;
        if (!firstCounsellor) firstCounsellor = email;
        people.push({
          ...base,
          ...p,
          email,
          organisationId: orgId.get(org.slug) as string,
          preferredLanguage: languages.includes('fr') ? 'fr' : 'nl',
          languages,
          fields,
          contractHours: partTime ? 19 : 38,
          // A few newcomers have not done the network's training yet; planning will warn about them.
          trainedOn: random() < 0.06 ? null : '2025-09-01',
          roles: ['counsellor'],
        });
      }
    }
    const userRows = await tx
      .insert(users)
      .values(people.map(({ roles: _roles, ...u }) => u))
      .returning({ id: users.id, email: users.email });
    const rolesByEmail = new Map(people.map((p) => [p.email, p.roles]));
    await tx
      .insert(userSiteRoles)
      .values(
        userRows.flatMap((u) =>
          (rolesByEmail.get(u.email) ?? []).map((role) => ({ userId: u.id, siteId: site.id, role })),
        ),
      );

    const demoCodeDays = 30;
    const deviceCodes = [
      { kind: 'kiosk', label: 'Kiosk — entrance', code: oneTimeCode() },
      { kind: 'display', label: 'Display — waiting area B', code: oneTimeCode() },
    ];
    await tx.insert(devices).values(
      deviceCodes.map((d) => ({
        siteId: site.id,
        kind: d.kind,
        label: d.label,
        status: 'pending',
        codeHash: sha256(normaliseCode(d.code)),
        codeExpiresAt: new Date(Date.now() + demoCodeDays * 86_400_000),
      })),
    );

    await seedAgendaDemo(tx, site);
    await seedRosterDemo(tx, site);

    return {
      signIns: [
        { role: 'admin', email: `admin@${DEMO_DOMAIN}` },
        { role: 'manager', email: `manager@${DEMO_DOMAIN}` },
        { role: 'reception', email: `reception@${DEMO_DOMAIN}` },
        { role: 'counsellor', email: firstCounsellor },
        { role: 'steward', email: `steward@${DEMO_DOMAIN}` },
        { role: 'partner', email: `partner@${DEMO_DOMAIN}` },
      ],
      deviceCodes,
    };
  });
}
