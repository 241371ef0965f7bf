import type { OccupationTag } from '../../../../common/catalogue/occupation-tags.js';

/** ESCO occupation URIs are `http://data.europa.eu/esco/occupation/<id>`; the lists below keep the id only. */
export const occupationUri = (id: string) => `http://data.europa.eu/esco/occupation/${id}`;

export type DemoTagList = { tag: OccupationTag; region: string; source: string; year: number; ids: string[] };

/**
 * The demo's curated tags: an illustrative selection in the spirit of the regional shortage lists and of
 * the green and digital "new professions", not a copy of the official lists (the source says "démo").
 * Chosen so that common transitions land on tagged occupations: the baker reaches the pastry maker, the
 * hairdresser the barber, the nurse the specialist nurse and the nurse assistant, the software developer the
 * ICT application and system developers, the cook the chef, the shop assistant the delicatessen seller, …
 * Occupations missing from the loaded ESCO (a subset, a fixture) are skipped.
 */
export const DEMO_TAG_LISTS: DemoTagList[] = [
  {
    tag: 'shortage',
    region: 'Bruxelles-Capitale',
    source: 'Actiris — fonctions critiques (démo)',
    year: 2025,
    ids: [
      '8d3e8aaa-791b-4c75-a465-f3f827028f50', // nurse responsible for general care
      '18e14e61-495b-44cc-a7c6-df4c625934ba', // specialist nurse
      '87d0795a-d41f-47ee-979f-0ab7d73836e7', // nurse assistant
      'f2b15a0e-e65a-438a-affb-29b9d50b77d1', // software developer
      'bd272aee-adc9-4a06-a15c-a73b4b4a46a7', // ICT application developer
      'a7c1d23d-aeca-4bee-9a08-5993ed98b135', // ICT system developer
      '81480b40-a318-47f3-9b2c-56b69ed67d95', // ICT network administrator
      'aaeec9a7-dc57-4485-890c-86b3eef735f9', // ICT help desk agent
      'eda0d957-3c3c-4139-b89a-a18bc9e18897', // accountant
      'c3aae59e-1441-4b3e-bdd1-6da50dc7cf42', // bookkeeper
      '2a04a1df-a3b9-403e-a245-e7f93fdddd44', // executive assistant
      '03d79393-7b30-4159-945b-01963eddd302', // primary school teacher
      '5efb2c08-ba3a-4659-a2e4-1883f54e77b6', // secondary school teacher
      '55d60ead-0343-4008-b9e4-fb4b5a179c83', // early years teacher
      '3f74aad8-2d60-4be2-b059-8dba5568d530', // child day care worker
      '90f75f67-495d-49fa-ab57-2f320e251d7e', // cook
      '1009be17-7efd-45f1-a033-566bf179c588', // chef
      '1aadb308-432a-4d01-b54b-b4f7f76dd419', // baker
      'ff42d44c-34f8-46be-ad3a-2aad9a5e43f0', // pastry maker
      '37c7880e-cfee-4c41-a41b-061682fefde3', // butcher
      '4910419f-b4af-4f59-b544-9dbebc8a74f0', // electrician
      '33960bab-4423-4808-af6c-ec2b485dba41', // building electrician
      'ed3cf43d-c2c1-4c46-82fc-1375e27e0290', // plumber
      '2a22ff9e-de3b-408d-b312-5034896cc4f4', // carpenter
      'b4c6d1b0-929e-48be-9f67-47bd8c30658b', // roofer
      '02447817-ea01-4d8b-b09c-8bc128e447e6', // tile fitter
      '4ad4024e-d1d3-4dea-b6d1-2c7948111dce', // vehicle technician
      'd7d986e1-7333-431b-9719-0c5c6939e360', // civil engineer
      '579254cf-6d69-4889-9000-9c79dc568644', // mechanical engineer
      '7c132147-428b-4ea3-87e1-70f7abb691ce', // pharmacist
      '00cee175-1376-43fb-9f02-ba3d7a910a58', // bus driver
      '03e02554-15d1-4697-960c-8909e7d36f7e', // tram driver
      '1f97f6e6-0ac7-4e77-88ab-2e3801c5a223', // heating, ventilation, air conditioning engineer
      '4d7d2628-1405-4ff2-b5b5-bd0d57ed9bbd', // residential childcare worker
      '4d27152a-a8ee-4f5a-9f93-a2fb4fb2b2e3', // early years teaching assistant
    ],
  },
  {
    tag: 'shortage',
    region: 'Vlaanderen',
    source: 'VDAB — knelpuntberoepen (demo)',
    year: 2025,
    ids: [
      '1aadb308-432a-4d01-b54b-b4f7f76dd419', // baker
      'ff42d44c-34f8-46be-ad3a-2aad9a5e43f0', // pastry maker
      '37c7880e-cfee-4c41-a41b-061682fefde3', // butcher
      '05f6eaeb-b285-46bd-a44a-225bd429e329', // meat cutter
      'e11e5be4-49e7-48ac-8e0d-6d3ffd3dbcd0', // delicatessen specialised seller
      '099c6bb0-22d3-4c5d-8bf5-70910af381ef', // hairdresser
      '4e0c14d6-b170-40f1-bcdc-703c0b92109b', // barber
      '90f75f67-495d-49fa-ab57-2f320e251d7e', // cook
      'd5db9d5c-2ebf-4a54-a79a-1b7e7ff70471', // waiter/waitress
      '53ed8787-3423-4843-8c63-7be1877d29e2', // head waiter/head waitress
      '24d378d8-1e16-4667-bdb4-1f4a0f2c6379', // diesel engine mechanic
      '8d3e8aaa-791b-4c75-a465-f3f827028f50', // nurse responsible for general care
      '87d0795a-d41f-47ee-979f-0ab7d73836e7', // nurse assistant
      'd38c2107-98f2-47b7-8bb4-f69750d51082', // healthcare assistant
      '45037d43-a8f5-4f46-b332-b2935bc305f4', // cargo vehicle driver
      'eeac6251-1974-42f5-91ed-513c6c883755', // forklift operator
      '05f321f8-055b-407d-bf19-e0ddabda56b7', // bricklayer
      'f4a22809-c00c-4dd0-8b09-c7251f8dcd1c', // plasterer
      '7aedaa07-3884-4c5b-88f9-80997b2aa54b', // welder
      '4910419f-b4af-4f59-b544-9dbebc8a74f0', // electrician
      '5df63943-f1bc-4438-90f1-92768a7a23c8', // industrial electrician
      'ed3cf43d-c2c1-4c46-82fc-1375e27e0290', // plumber
      '3df28a39-9bfe-4e36-b394-a189ef967a74', // bathroom fitter
      'f2b15a0e-e65a-438a-affb-29b9d50b77d1', // software developer
      'bd272aee-adc9-4a06-a15c-a73b4b4a46a7', // ICT application developer
      'eda0d957-3c3c-4139-b89a-a18bc9e18897', // accountant
      '303a1e34-cb16-4054-b323-81e5eec17397', // building cleaner
    ],
  },
  {
    tag: 'new_profession',
    region: '',
    source: 'Cité des Métiers — métiers d’avenir (démo)',
    year: 2025,
    ids: [
      '258e46f9-0075-4a2e-adae-1ff0477e0f30', // data scientist
      'd3edb8f8-3a06-47a0-8fb9-9b212c006aa2', // data analyst
      '349ee6f6-c295-4c38-9b98-48765b55280e', // cloud engineer
      '0ce5a9f4-e00a-4bbe-b255-3c63407167a4', // ICT security engineer
      'a44a1dc5-be08-4840-8bd5-770c4ac1ca6d', // ICT security technician
      'faed411a-f920-4100-86a8-b877928b429c', // user experience analyst
      '22987b58-dbfa-4ecd-ae3f-82dd209255f6', // green ICT consultant
      '24135b84-cbdd-4d42-9ed2-02fd982d15b2', // blockchain developer
      'dc97adbe-f807-4ad8-8f3c-c24b3416cdef', // digital marketing manager
      '75b63949-1b93-4bf2-a777-ccf978dc3e8a', // solar energy technician
      '8234eee9-1647-460d-8d62-7fe02cb884b0', // refrigeration, air condition and heat pump technician
      'b2dab4fb-b7f7-4f57-94b2-9c0f0848564a', // insulation worker
      'c7f5cab7-7cfb-47d7-890c-6b9c00a9eaaf', // energy assessor
      '09e070ce-0afe-40bb-be90-530e5d42cdbd', // domestic energy assessor
      'de74eb4e-c95e-425a-9b3a-7be805ec0321', // energy consultant
      '15a7e87c-f7d5-4a60-bab7-9636b76143fe', // smart home installer
      '06bd6285-13ed-4ea7-90cc-e9638a0600a9', // automotive battery technician
      '7a523273-9fff-4f11-beb6-110eeaec1436', // recycling specialist
      '2cf2b905-3308-4b5d-8e8d-633fc7a3f3ce', // sustainability manager
      '0e99c929-364f-4b0a-8a64-2aab42420f00', // renewable energy engineer
      '4cf7be91-fed9-47a7-9ca9-e74c7eb6becb', // 3D printing technician
      'b2cede50-82bb-4684-9f11-1930e12ad672', // energy engineer
      'ac1fc6a9-70d2-475c-8fa0-82ef83830968', // environmental engineer
    ],
  },
];

/** Common occupations without a tag that still get a demo vacancy (people look for these jobs too). */
export const DEMO_VACANCY_EXTRA_IDS = [
  '0b15375e-dfdd-4047-9efb-096e0aaee7d2', // shop assistant
  '9ba74e8a-c40c-4228-9998-eb3c7a5c11df', // sales assistant
  '2b871272-bd61-4206-bd1a-0b96d7023098', // cashier
  'f7b04542-d8c7-42db-8475-e63b507cce82', // receptionist
  '044d78cc-f62f-4532-83a5-8e04f2889652', // administrative assistant
  'e1cf6897-158d-4b48-a39e-2a3a8cac216c', // kitchen assistant
  '1391bdf9-bd61-4fb5-91ca-c29036ab2b60', // home care aide
  '31808988-fc0a-4bc3-9e47-27216d6759f5', // security guard
  '2f5e38a0-6578-4665-bdbd-e2ab505be140', // bartender
  'bea705fe-06ac-4147-b8e0-6e8ac1208d8f', // warehouse worker
  '0ededdc2-050a-4ec3-8e70-6295105fcd19', // call centre agent
  '8f10ea9b-bfdf-4a4c-9fa7-b6e02daa93e5', // pastry chef
];
