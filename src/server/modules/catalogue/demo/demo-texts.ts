import type { CatalogueLang } from '../../../../common/catalogue/languages.js';

type Texts = Record<CatalogueLang, string>;
export type DemoText = {
  key: string;
  org: string;
  titles: Texts;
  descriptions: Texts;
  languages: CatalogueLang[];
  details: Record<string, string>;
};

/** Partner services of the demo centre: what, for whom, how to access, where, opening times. */
export const DEMO_SERVICES: DemoText[] = [
  {
    key: 'service-job-coaching',
    org: 'actiris',
    titles: {
      fr: 'Accompagnement dans la recherche d’emploi',
      nl: 'Begeleiding bij het zoeken naar werk',
      en: 'Job search coaching',
    },
    descriptions: {
      fr: 'Un conseiller vous aide à cibler les offres, à préparer votre CV et vos entretiens, et à suivre vos candidatures.',
      nl: 'Een consulent helpt je om vacatures te kiezen, je cv en sollicitatiegesprekken voor te bereiden en je sollicitaties op te volgen.',
      en: 'A counsellor helps you target vacancies, prepare your CV and interviews, and follow up your applications.',
    },
    languages: ['fr', 'nl', 'en'],
    details: {
      field: 'work',
      audience: 'Chercheurs d’emploi inscrits / ingeschreven werkzoekenden',
      access: 'Sur rendez-vous, ou sans rendez-vous à la Cité des Métiers',
      hours: 'Lundi–vendredi, 9 h–16 h',
      place: 'Cité des Métiers, Bruxelles',
    },
  },
  {
    key: 'service-training-advice',
    org: 'bruxelles-formation',
    titles: {
      fr: 'Carrefour Formation : choisir sa formation',
      nl: 'Opleidingsadvies: je opleiding kiezen',
      en: 'Training advice: choosing a course',
    },
    descriptions: {
      fr: 'Un entretien pour faire le point sur votre projet et trouver la formation qui y mène, chez tous les opérateurs bruxellois.',
      nl: 'Een gesprek over je plannen en de opleiding die erbij past, bij alle Brusselse opleidingsverstrekkers.',
      en: 'A conversation about your plans and the course that leads there, across every Brussels training provider.',
    },
    languages: ['fr', 'en'],
    details: {
      field: 'train',
      audience: 'Toute personne qui cherche une formation',
      access: 'Sans rendez-vous au guichet « Se former »',
      hours: 'Lundi, mercredi et vendredi, 9 h–12 h 30',
      place: 'Cité des Métiers, Bruxelles',
    },
  },
  {
    key: 'service-dutch-coaching',
    org: 'vdab',
    titles: {
      fr: 'Coaching en néerlandais pour le travail',
      nl: 'Taalcoaching Nederlands voor je job',
      en: 'Dutch for work: language coaching',
    },
    descriptions: {
      fr: 'Pratiquer le néerlandais dont vous avez besoin dans votre métier : conversations, vocabulaire professionnel, préparation d’entretien.',
      nl: 'Oefen het Nederlands dat je in je beroep nodig hebt: gesprekken, vakwoordenschat, een sollicitatiegesprek voorbereiden.',
      en: 'Practise the Dutch you need in your job: conversations, work vocabulary, preparing an interview.',
    },
    languages: ['nl', 'fr'],
    details: {
      field: 'train',
      audience: 'Werkzoekenden en werknemers in Brussel',
      access: 'Inschrijven bij de VDAB-consulent',
      hours: 'dinsdag en donderdag, 13–16 u',
      place: 'Brussel (Brussel-Stad)',
    },
  },
  {
    key: 'service-skills-validation',
    org: 'validation-competences',
    titles: {
      fr: 'Faire valider ses compétences',
      nl: 'Je competenties laten valideren',
      en: 'Getting your skills validated',
    },
    descriptions: {
      fr: 'Vous avez appris un métier sur le terrain ? Une épreuve pratique dans un centre agréé vous donne un titre de compétence reconnu.',
      nl: 'Heb je een beroep in de praktijk geleerd? Een praktische proef in een erkend centrum geeft je een erkend bewijs van competentie.',
      en: 'Learnt a trade on the job? A practical test at an approved centre gives you a recognised skills certificate.',
    },
    languages: ['fr', 'nl', 'en'],
    details: {
      field: 'change',
      audience: 'Personnes de plus de 18 ans avec une expérience professionnelle',
      access: 'Inscription gratuite au centre de validation',
      hours: 'Sur rendez-vous',
      place: 'Bruxelles',
    },
  },
  {
    key: 'service-business-advice',
    org: '1819',
    titles: {
      fr: 'Premier conseil pour créer son entreprise',
      nl: 'Eerste advies om een zaak te starten',
      en: 'First advice on starting a business',
    },
    descriptions: {
      fr: 'Un conseiller répond à vos questions sur votre projet d’entreprise et vous oriente vers les aides et les formations utiles.',
      nl: 'Een adviseur beantwoordt je vragen over je ondernemingsplan en wijst je de weg naar steun en opleidingen.',
      en: 'An adviser answers your questions about your business idea and points you to useful support and courses.',
    },
    languages: ['fr', 'nl', 'en'],
    details: {
      field: 'create',
      audience: 'Futurs entrepreneurs / toekomstige ondernemers',
      access: 'Par téléphone ou sur rendez-vous à la Cité des Métiers',
      hours: 'Lundi–vendredi, 9 h–17 h',
      place: 'Cité des Métiers, Bruxelles',
    },
  },
  {
    key: 'service-disability-support',
    org: 'phare',
    titles: {
      fr: 'Accompagnement vers l’emploi des personnes handicapées',
      nl: 'Begeleiding naar werk voor personen met een handicap',
      en: 'Employment support for people with a disability',
    },
    descriptions: {
      fr: 'Information sur les aides à l’emploi, l’aménagement du poste de travail et les formations adaptées.',
      nl: 'Informatie over tewerkstellingssteun, aanpassing van de werkplek en aangepaste opleidingen.',
      en: 'Information on employment support, workplace adjustments and adapted training.',
    },
    languages: ['fr', 'nl'],
    details: {
      field: 'work',
      audience: 'Personnes en situation de handicap et employeurs',
      access: 'Sur rendez-vous',
      hours: 'Mardi et jeudi, 9 h 30–12 h 30',
      place: 'Cité des Métiers, Bruxelles',
    },
  },
  {
    key: 'service-adult-learning',
    org: 'trace-leerwinkel',
    titles: {
      fr: 'Leerwinkel : conseils sur les formations pour adultes',
      nl: 'Leerwinkel: advies over opleidingen voor volwassenen',
      en: 'Leerwinkel: advice on adult learning',
    },
    descriptions: {
      fr: 'Quelle formation en néerlandais, où et à quel prix ? Le Leerwinkel vous aide à choisir et à vous inscrire.',
      nl: 'Welke opleiding, waar en aan welke prijs? De Leerwinkel helpt je kiezen en inschrijven.',
      en: 'Which course in Dutch, where and at what price? The Leerwinkel helps you choose and enrol.',
    },
    languages: ['nl', 'fr'],
    details: {
      field: 'train',
      audience: 'Volwassenen die een opleiding zoeken',
      access: 'Zonder afspraak',
      hours: 'woensdag, 13–19 u',
      place: 'Cité des Métiers, Brussel',
    },
  },
  {
    key: 'service-mobility',
    org: 'actiris',
    titles: {
      fr: 'Travailler à l’étranger : conseil mobilité européenne',
      nl: 'Werken in het buitenland: advies over Europese mobiliteit',
      en: 'Working abroad: European mobility advice',
    },
    descriptions: {
      fr: 'Chercher un emploi ou un stage dans un autre pays européen : offres, démarches, sécurité sociale, reconnaissance des diplômes.',
      nl: 'Werk of een stage zoeken in een ander Europees land: vacatures, stappen, sociale zekerheid, erkenning van diploma’s.',
      en: 'Looking for a job or traineeship in another European country: vacancies, steps, social security, recognition of diplomas.',
    },
    languages: ['fr', 'nl', 'en'],
    details: {
      field: 'move',
      audience: 'Toute personne qui veut travailler dans un autre pays de l’UE',
      access: 'Sans rendez-vous le mercredi après-midi',
      hours: 'Mercredi, 13 h–19 h',
      place: 'Cité des Métiers, Bruxelles',
    },
  },
];

/** Guides: articles a reader can follow step by step (paragraphs separated by a blank line). */
export const DEMO_GUIDES: DemoText[] = [
  {
    key: 'guide-start-business',
    org: 'sfpme',
    titles: {
      fr: 'Créer son entreprise à Bruxelles',
      nl: 'Een zaak starten in Brussel',
      en: 'Starting a business in Brussels',
    },
    descriptions: {
      fr: 'Première étape : votre idée. Décrivez ce que vous vendez, à qui et à quel prix, et vérifiez si votre activité est réglementée (certains métiers demandent une preuve de compétences professionnelles).\n\nDeuxième étape : le plan financier. Estimez vos dépenses et vos revenus des trois premières années ; un conseiller peut le relire avec vous.\n\nTroisième étape : les démarches. Choisissez une forme (indépendant ou société), inscrivez-vous à la Banque-Carrefour des Entreprises via un guichet d’entreprises, activez votre numéro de TVA et affiliez-vous à une caisse d’assurances sociales.\n\nBesoin d’aide ? Les conseillers « Créer » de la Cité des Métiers vous reçoivent sans rendez-vous.',
      nl: 'Eerste stap: je idee. Beschrijf wat je verkoopt, aan wie en aan welke prijs, en kijk of je activiteit gereglementeerd is (voor sommige beroepen moet je je beroepsbekwaamheid aantonen).\n\nTweede stap: het financieel plan. Schat je uitgaven en inkomsten voor de eerste drie jaar; een adviseur kan het met je nalezen.\n\nDerde stap: de formaliteiten. Kies een vorm (zelfstandige of vennootschap), schrijf je in bij de Kruispuntbank van Ondernemingen via een ondernemingsloket, activeer je btw-nummer en sluit je aan bij een sociaal verzekeringsfonds.\n\nHulp nodig? De adviseurs “Ondernemen” van het Beroepenpunt ontvangen je zonder afspraak.',
      en: 'First step: your idea. Describe what you sell, to whom and at what price, and check whether your activity is regulated (some trades ask for proof of professional skills).\n\nSecond step: the financial plan. Estimate your costs and income for the first three years; an adviser can read it through with you.\n\nThird step: the formalities. Choose a form (self-employed or company), register with the Crossroads Bank for Enterprises through an enterprise counter, activate your VAT number and join a social insurance fund.\n\nNeed help? The centre’s “Create” counsellors see you without an appointment.',
    },
    languages: ['fr', 'nl', 'en'],
    details: { field: 'create', printed: 'yes' },
  },
  {
    key: 'guide-work-eu',
    org: 'actiris',
    titles: {
      fr: 'Travailler dans un autre pays de l’Union européenne',
      nl: 'Werken in een ander land van de Europese Unie',
      en: 'Working in another EU country',
    },
    descriptions: {
      fr: 'Comme citoyen·ne de l’UE, vous pouvez travailler dans un autre pays membre sans permis de travail.\n\nAvant de partir : cherchez des offres sur le portail européen de l’emploi EURES, préparez un CV Europass dans la langue du pays et renseignez-vous sur la reconnaissance de votre diplôme.\n\nSur place : inscrivez-vous auprès de la commune et du service de l’emploi local ; demandez à votre caisse d’assurance maladie comment rester couvert·e.\n\nLes conseillers « Bouger » de la Cité des Métiers vous aident à préparer votre projet.',
      nl: 'Als EU-burger mag je zonder arbeidskaart in een andere lidstaat werken.\n\nVoor je vertrekt: zoek vacatures op het Europese banenportaal EURES, maak een Europass-cv in de taal van het land en informeer je over de erkenning van je diploma.\n\nTer plaatse: schrijf je in bij de gemeente en bij de lokale dienst voor arbeidsbemiddeling; vraag aan je ziekenfonds hoe je verzekerd blijft.\n\nDe adviseurs “Bewegen” van het Beroepenpunt helpen je je plan voor te bereiden.',
      en: 'As an EU citizen you may work in another member state without a work permit.\n\nBefore you leave: look for vacancies on the European job portal EURES, write a Europass CV in the country’s language and find out how your diploma is recognised.\n\nOnce there: register with the town hall and the local employment service; ask your health insurance fund how to stay covered.\n\nThe centre’s “Move” counsellors help you prepare.',
    },
    languages: ['fr', 'nl', 'en'],
    details: { field: 'move', printed: 'yes' },
  },
  {
    key: 'guide-diploma-recognition',
    org: 'fwb',
    titles: {
      fr: 'Faire reconnaître un diplôme obtenu à l’étranger',
      nl: 'Een buitenlands diploma laten erkennen',
      en: 'Getting a foreign diploma recognised',
    },
    descriptions: {
      fr: 'Pour certains métiers (santé, enseignement) et pour reprendre des études, une équivalence de diplôme est nécessaire.\n\nEn français, la demande se fait auprès du service des équivalences de la Fédération Wallonie-Bruxelles ; en néerlandais, auprès de NARIC-Vlaanderen.\n\nPréparez une copie de votre diplôme, le relevé de vos notes et, si nécessaire, une traduction jurée. Comptez plusieurs mois : commencez tôt.',
      nl: 'Voor sommige beroepen (zorg, onderwijs) en om verder te studeren heb je een gelijkwaardigheid van je diploma nodig.\n\nIn het Nederlands vraag je die aan bij NARIC-Vlaanderen; in het Frans bij de dienst gelijkwaardigheden van de Federatie Wallonië-Brussel.\n\nBereid een kopie van je diploma, je puntenlijst en zo nodig een beëdigde vertaling voor. Reken op enkele maanden: begin op tijd.',
      en: 'Some jobs (health care, teaching) and further studies require your diploma to be recognised as equivalent.\n\nIn French, apply to the equivalence service of the Wallonia-Brussels Federation; in Dutch, to NARIC-Vlaanderen.\n\nPrepare a copy of your diploma, your transcript and, when needed, a sworn translation. It takes several months: start early.',
    },
    languages: ['fr', 'nl', 'en'],
    details: { field: 'train', printed: 'yes' },
  },
  {
    key: 'guide-languages',
    org: 'vdab',
    titles: {
      fr: 'Apprendre le néerlandais ou le français à Bruxelles',
      nl: 'Nederlands of Frans leren in Brussel',
      en: 'Learning Dutch or French in Brussels',
    },
    descriptions: {
      fr: 'À Bruxelles, parler les deux langues ouvre beaucoup plus d’offres d’emploi.\n\nCours de néerlandais : le Huis van het Nederlands vous oriente vers un cours adapté à votre niveau ; la VDAB propose du coaching linguistique lié au métier.\n\nCours de français : Bruxelles Formation et l’enseignement de promotion sociale organisent des cours, le jour ou le soir.\n\nPour les chercheurs d’emploi, la plupart des cours sont gratuits ou presque.',
      nl: 'In Brussel opent tweetaligheid veel meer vacatures.\n\nNederlands leren: het Huis van het Nederlands verwijst je naar een cursus op jouw niveau; de VDAB biedt taalcoaching rond je beroep.\n\nFrans leren: Bruxelles Formation en het onderwijs voor sociale promotie geven les, overdag of ’s avonds.\n\nVoor werkzoekenden zijn de meeste cursussen gratis of bijna gratis.',
      en: 'In Brussels, speaking both languages opens many more vacancies.\n\nDutch: the Huis van het Nederlands points you to a course at your level; VDAB offers language coaching around your trade.\n\nFrench: Bruxelles Formation and adult education (promotion sociale) run classes, by day or in the evening.\n\nFor jobseekers most courses are free or almost free.',
    },
    languages: ['fr', 'nl', 'en'],
    details: { field: 'train', printed: 'yes' },
  },
  {
    key: 'guide-apprenticeship',
    org: 'efp',
    titles: {
      fr: 'L’alternance : apprendre un métier en entreprise',
      nl: 'Duaal leren: een beroep leren op de werkvloer',
      en: 'Apprenticeships: learning a trade at work',
    },
    descriptions: {
      fr: 'En alternance, vous passez la plus grande partie de la semaine dans une entreprise et un jour en formation.\n\nVous signez un contrat avec l’entreprise et recevez une rémunération mensuelle qui augmente avec votre progression.\n\nÀ la fin, vous obtenez un certificat ou un diplôme reconnu. Les conseillers de l’efp et de la Cité des Métiers vous aident à trouver une entreprise formatrice.',
      nl: 'Bij duaal leren werk je het grootste deel van de week in een bedrijf en volg je één dag les.\n\nJe tekent een overeenkomst met het bedrijf en krijgt een maandelijkse vergoeding die stijgt naarmate je vordert.\n\nOp het einde behaal je een erkend getuigschrift of diploma. De adviseurs helpen je een leerbedrijf te vinden.',
      en: 'As an apprentice you spend most of the week in a company and one day in class.\n\nYou sign a contract with the company and receive a monthly allowance that rises as you progress.\n\nAt the end you earn a recognised certificate or diploma. The centre’s counsellors help you find a training company.',
    },
    languages: ['fr', 'nl', 'en'],
    details: { field: 'train', printed: 'yes' },
  },
  {
    key: 'guide-experience',
    org: 'validation-competences',
    titles: {
      fr: 'Faire reconnaître son expérience professionnelle',
      nl: 'Je werkervaring laten erkennen',
      en: 'Getting your work experience recognised',
    },
    descriptions: {
      fr: 'Votre expérience compte, même sans diplôme.\n\nLe titre de compétence s’obtient par une épreuve pratique, gratuite, dans un centre de validation agréé. Il est reconnu par les employeurs et peut raccourcir une formation.\n\nPréparez la liste de vos emplois et de ce que vous y faisiez, puis parlez-en à un conseiller « Changer » de la Cité des Métiers.',
      nl: 'Je ervaring telt, ook zonder diploma.\n\nEen bewijs van competentie behaal je met een gratis praktische proef in een erkend centrum. Werkgevers erkennen het en het kan een opleiding inkorten.\n\nMaak een lijst van je jobs en wat je er deed, en bespreek ze met een adviseur “Veranderen” van het Beroepenpunt.',
      en: 'Your experience counts, even without a diploma.\n\nA skills certificate is earned with a free practical test at an approved centre. Employers recognise it and it can shorten a training course.\n\nList your jobs and what you did in them, then talk it through with one of the centre’s “Change” counsellors.',
    },
    languages: ['fr', 'nl', 'en'],
    details: { field: 'change', printed: 'yes' },
  },
];
