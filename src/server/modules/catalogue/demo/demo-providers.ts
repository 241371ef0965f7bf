import type { CatalogueLang } from '../../../../common/catalogue/languages.js';

type Texts = Record<CatalogueLang, string>;

/**
 * How a demo partner words a training for an occupation (`{o}` is the occupation's label in each language)
 * and the practical facts it gives. Details are one text for every reader, as partners write them in their
 * feeds; Brussels organisations often write them in both French and Dutch.
 */
export type TrainingStyle = {
  org: string;
  provider: string;
  title: Texts;
  intro: Texts;
  languages: CatalogueLang[];
  details: Record<'schedule' | 'duration' | 'cost' | 'conditions' | 'place', string>;
  applyHost: string;
};

export const QUALIFYING: Record<'bf' | 'vdab' | 'efp' | 'evening', TrainingStyle> = {
  bf: {
    org: 'bruxelles-formation',
    provider: 'Bruxelles Formation',
    title: {
      fr: 'Formation qualifiante : {o}',
      nl: 'Kwalificerende opleiding: {o}',
      en: 'Qualifying training: {o}',
    },
    intro: {
      fr: 'Une formation complète au métier de {o}, avec un stage en entreprise à la fin du parcours.',
      nl: 'Een volledige opleiding tot {o}, met een stage in een bedrijf op het einde.',
      en: 'A full training to work as {o}, ending with a work placement in a company.',
    },
    languages: ['fr'],
    details: {
      schedule: 'Lundi–vendredi, 8 h 30–16 h / maandag–vrijdag, 8.30–16 u',
      duration: '6 à 9 mois, stage compris',
      cost: 'Gratuit pour les chercheurs d’emploi inscrits chez Actiris',
      conditions: 'Être inscrit·e chez Actiris ; séance d’information et test d’entrée ; français niveau A2',
      place: 'Bruxelles (Anderlecht)',
    },
    applyHost: 'formation.example.org',
  },
  vdab: {
    org: 'vdab',
    provider: 'VDAB Brussel',
    title: {
      fr: 'Formation en néerlandais : {o}',
      nl: 'Opleiding {o}',
      en: 'Course in Dutch: {o}',
    },
    intro: {
      fr: 'Une formation en néerlandais au métier de {o}, avec accompagnement linguistique si nécessaire.',
      nl: 'Een opleiding tot {o}, met taalondersteuning Nederlands als je die nodig hebt.',
      en: 'A course in Dutch to work as {o}, with Dutch language support when you need it.',
    },
    languages: ['nl'],
    details: {
      schedule: 'maandag–vrijdag, 9–16 u',
      duration: '4 tot 7 maanden',
      cost: 'Gratis voor werkzoekenden',
      conditions: 'Ingeschreven als werkzoekende; Nederlands niveau A2 (taalcoaching mogelijk)',
      place: 'Brussel (Brussel-Stad)',
    },
    applyHost: 'opleidingen.example.org',
  },
  efp: {
    org: 'efp',
    provider: 'efp — formation en alternance',
    title: {
      fr: 'Formation en alternance : {o}',
      nl: 'Duaal leren: {o}',
      en: 'Apprenticeship: {o}',
    },
    intro: {
      fr: 'Apprendre le métier de {o} en entreprise quatre jours par semaine, et en classe un jour par semaine.',
      nl: 'Het beroep {o} leren in een bedrijf, vier dagen per week, en één dag per week op school.',
      en: 'Learn to work as {o} in a company four days a week, with one day a week in class.',
    },
    languages: ['fr'],
    details: {
      schedule: '1 jour de cours et 4 jours en entreprise par semaine',
      duration: '2 à 3 ans',
      cost: 'Inscription 75 € ; rémunération mensuelle du contrat d’alternance',
      conditions: 'À partir de 18 ans (15 ans pour l’apprentissage) ; une entreprise formatrice (aide pour la trouver)',
      place: 'Bruxelles (Uccle)',
    },
    applyHost: 'alternance.example.org',
  },
  evening: {
    org: 'promotion-sociale',
    provider: 'Enseignement de promotion sociale',
    title: {
      fr: 'Cours du soir : {o}',
      nl: 'Avondopleiding: {o}',
      en: 'Evening classes: {o}',
    },
    intro: {
      fr: 'Devenir {o} en cours du soir, en gardant son emploi ; diplôme reconnu par la Fédération Wallonie-Bruxelles.',
      nl: '{o} worden met avondlessen, naast je job; erkend diploma van de Federatie Wallonië-Brussel.',
      en: 'Become {o} in evening classes while keeping your job; a diploma recognised by the Wallonia-Brussels Federation.',
    },
    languages: ['fr'],
    details: {
      schedule: 'Lundi, mercredi et jeudi, 18 h–21 h 30',
      duration: '2 à 3 ans (modules capitalisables)',
      cost: 'Droit d’inscription réduit pour les chercheurs d’emploi',
      conditions: 'Certificat d’enseignement secondaire inférieur ou test d’admission',
      place: 'Bruxelles (Ixelles)',
    },
    applyHost: 'promsoc.example.org',
  },
};

/** A short module on the skills people coming from neighbouring occupations usually lack. */
export const BRIDGING: TrainingStyle = {
  org: 'bruxelles-formation',
  provider: 'Bruxelles Formation — modules courts',
  title: {
    fr: 'Module passerelle vers le métier de {o}',
    nl: 'Brugmodule naar het beroep {o}',
    en: 'Bridging module: moving into work as {o}',
  },
  intro: {
    fr: 'Vous avez déjà de l’expérience dans un métier proche ? Ce module court couvre les compétences qui manquent le plus souvent pour devenir {o}.',
    nl: 'Heb je al ervaring in een verwant beroep? Deze korte module behandelt de vaardigheden die het vaakst ontbreken om {o} te worden.',
    en: 'Already experienced in a related job? This short module covers the skills people most often lack to become {o}.',
  },
  languages: ['fr', 'nl'],
  details: {
    schedule: 'Deux jours par semaine, 9 h–15 h / twee dagen per week, 9–15 u',
    duration: '6 à 10 semaines',
    cost: 'Gratuit / gratis',
    conditions:
      'Expérience dans un métier proche (validée lors d’un entretien) ; chercheur·euse d’emploi ou travailleur·euse',
    place: 'Bruxelles (Molenbeek-Saint-Jean)',
  },
  applyHost: 'formation.example.org',
};

/** Fictitious employers by ISCO group (first digits of the code); the demo never names a real company. */
export const EMPLOYERS: [prefix: string, names: string[]][] = [
  ['22', ['Clinique du Parc Léopold (démo)', 'Centre hospitalier de la Senne (démo)', 'Maison de repos Les Tilleuls']],
  ['32', ['Maison de repos Les Tilleuls', 'Pharmacie du Midi (démo)', 'Clinique du Parc Léopold (démo)']],
  ['53', ['Maison de repos Les Tilleuls', 'Crèche Les Petits Pas (démo)', 'Soins à domicile Zorgzaam (demo)']],
  ['23', ['Athénée du Canal (démo)', 'Basisschool De Regenboog (demo)', 'École fondamentale du Canal (démo)']],
  ['25', ['Codebrug SRL (démo)', 'Datawijk BV (demo)', 'Atomium Digital Services (démo)']],
  ['35', ['Codebrug SRL (démo)', 'Helpdesk Zenne (demo)', 'Atomium Digital Services (démo)']],
  ['24', ['Fiduciaire Sablon (démo)', 'Boekhoudkantoor Zuid (demo)']],
  ['33', ['Fiduciaire Sablon (démo)', 'Bureau Quartier Nord (démo)']],
  ['41', ['Bureau Quartier Nord (démo)', 'Hôtel Mont des Arts (démo)']],
  ['42', ['Hôtel Mont des Arts (démo)', 'Bureau Quartier Nord (démo)']],
  ['34', ['Brasserie du Vieux Marché (démo)', 'Restaurant Het Kanaal (demo)', 'Traiteur Saint-Gilles (démo)']],
  ['51', ['Brasserie du Vieux Marché (démo)', 'Restaurant Het Kanaal (demo)', 'Salon Ciseaux d’Or (démo)']],
  ['52', ['Supermarché du Coin (démo)', 'Épicerie fine Marolles (démo)', 'Boetiek Dansaert (demo)']],
  ['54', ['Sécurité Horizon (démo)', 'Gardiennage Pentagone (démo)']],
  ['71', ['Bâti-Brux SRL (démo)', 'Bouwbedrijf Zennevallei (demo)', 'Rénovations du Canal (démo)']],
  ['72', ['Garage des Étangs (démo)', 'Metaalwerken Vilvoorde-Zuid (demo)']],
  ['74', ['Élec-Cité SRL (démo)', 'Installatiebedrijf Ohm (demo)', 'Bâti-Brux SRL (démo)']],
  ['7511', ['Boucherie Van Zuylen (demo)', 'Boucherie-charcuterie du Marché (démo)']],
  ['7512', ['Boulangerie du Parvis (démo)', 'Pâtisserie Sainte-Catherine (démo)']],
  ['75', ['Atelier alimentaire du Canal (démo)', 'Voedingsbedrijf Zennevallei (demo)']],
  ['83', ['Transports urbains du Canal (démo)', 'Logistiek Haven Brussel (demo)']],
  ['93', ['Logistiek Haven Brussel (demo)', 'Entrepôt Anderlecht (démo)']],
  ['91', ['Nettoyage Clair (démo)', 'Schoonmaak Zonnig (demo)']],
  ['94', ['Brasserie du Vieux Marché (démo)', 'Traiteur Saint-Gilles (démo)']],
  ['21', ['Bureau d’études Tour & Taxis (démo)', 'Ingenieursbureau Kanaalzone (demo)']],
  ['31', ['Bureau d’études Tour & Taxis (démo)', 'Installatiebedrijf Ohm (demo)']],
  ['8', ['Entrepôt Anderlecht (démo)', 'Transports urbains du Canal (démo)']],
  ['', ['Entreprise bruxelloise (démo)', 'Brusselse kmo (demo)']],
];

export const COMMUNES = [
  'Bruxelles-Ville',
  'Anderlecht',
  'Schaerbeek',
  'Ixelles',
  'Molenbeek-Saint-Jean',
  'Saint-Gilles',
  'Etterbeek',
  'Forest',
  'Uccle',
  'Evere',
  'Jette',
  'Woluwe-Saint-Lambert',
  'Zaventem',
  'Vilvoorde',
];

export const CONTRACTS = [
  'CDI, temps plein / onbepaalde duur, voltijds',
  'CDI, temps partiel 4/5 / onbepaalde duur, 4/5',
  'CDD 6 mois, renouvelable / bepaalde duur 6 maanden',
  'Intérim avec option CDI / interim met optie vast',
];

/** Language requirements written as employers do, with the offer's languages. */
export const VACANCY_LANGUAGES: { languages: CatalogueLang[]; conditions: string }[] = [
  { languages: ['fr'], conditions: 'Français courant ; le néerlandais est un atout' },
  { languages: ['fr', 'nl'], conditions: 'Bilingue français–néerlandais / tweetalig Frans–Nederlands' },
  { languages: ['nl'], conditions: 'Nederlands vlot; Frans is een pluspunt' },
  { languages: ['fr', 'en'], conditions: 'Français ou anglais courant / fluent French or English' },
];
