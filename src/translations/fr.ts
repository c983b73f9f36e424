/**
 * The interface in French: the same keys as `en.ts` (the type makes a missing key an error).
 * Event and sub-event types follow the French wording of ACLED's codebook where it has one.
 */
import type en from './en.ts';

const n = (x: number) => x.toLocaleString('fr');

export default {
  eventType: {
    battles: 'Combats',
    'explosions-remote-violence': 'Explosions/violence à distance',
    'violence-against-civilians': 'Violence contre des civils',
    protests: 'Manifestations',
    riots: 'Émeutes',
    'strategic-developments': 'Évolutions stratégiques',
  },
  subEventType: {
    'armed-clash': 'Affrontement armé',
    'government-regains-territory': "Reprise d'un territoire par l'État",
    'non-state-actor-overtakes-territory': "Prise d'un territoire par un acteur non étatique",
    'chemical-weapon': 'Arme chimique',
    'air-drone-strike': 'Frappe aérienne ou de drone',
    'suicide-bomb': 'Attentat-suicide',
    'shelling-artillery-missile-attack': "Bombardement, tir d'artillerie ou de missile",
    'remote-explosive-landmine-ied': 'Explosif télécommandé, mine, engin explosif improvisé',
    grenade: 'Grenade',
    'sexual-violence': 'Violences sexuelles',
    attack: 'Attaque',
    'abduction-forced-disappearance': 'Enlèvement/disparition forcée',
    'peaceful-protest': 'Manifestation pacifique',
    'protest-with-intervention': 'Manifestation avec intervention',
    'excessive-force-against-protesters': 'Usage excessif de la force contre des manifestants',
    'violent-demonstration': 'Manifestation violente',
    'mob-violence': 'Violence de foule',
    agreement: 'Accord',
    arrests: 'Arrestations',
    'change-to-group-activity': "Changement d'activité d'un groupe",
    'disrupted-weapons-use': "Usage d'armes déjoué",
    'headquarters-or-base-established': 'Quartier général ou base établi',
    'looting-property-destruction': 'Pillage/destruction de biens',
    'non-violent-transfer-of-territory': 'Transfert non violent de territoire',
    other: 'Autre',
  },
  victims: {
    military: 'Militaires',
    civilian: 'Civils',
    militant: 'Combattants armés',
    mixed: 'Mixte',
    unknown: 'Non précisé',
  },
  victimNoun: {
    military: 'soldats',
    civilian: 'civils',
    militant: 'combattants',
    mixed: 'personnes (soldats et civils)',
    unknown: 'personnes',
  },
  measureVerb: { killed: 'tués', wounded: 'blessés', abducted: 'enlevés' },
  measureLabel: { killed: 'Tués', wounded: 'Blessés', abducted: 'Enlevés' },
  toll: {
    claimedByOnly: (who: string) => `revendiqué par ${who} seulement`,
    partyClaimed: (who: string, figure: string) => `${who} revendique ${figure}`,
    claimedTag: 'revendiqué',
    independent: 'sources indépendantes',
    withParties: (figure: string) => `${figure} en comptant les revendications des parties`,
    partyOnlyIncidents: (x: number) =>
      `${n(x)} ${x === 1 ? 'incident n’a un bilan que' : 'incidents n’ont un bilan que'} d’après les revendications des parties`,
    basis: (claims: number, sources: number) => `(${n(claims)} chiffre${claims > 1 ? 's' : ''}, ${n(sources)} source${sources > 1 ? 's' : ''})`,
    howComputed: 'comment les deux sont calculés',
    killedIndependentColumn: 'Tués, sources indépendantes',
    killedWithPartiesColumn: 'Avec les revendications des parties',
    incidentNote:
      'Les chiffres viennent de sources indépendantes, sauf ceux marqués « revendiqué par » : ceux-là ne viennent que d’une partie au conflit (communiqué d’une armée, média d’un groupe), et les chiffres propres aux parties sont donnés après la fourchette indépendante.',
  },
  geoPrecision: {
    exact: 'site exact',
    town: 'ville ou village (le point est la localité, pas le site exact)',
    district: 'district seulement (le point est approximatif, souvent le chef-lieu)',
    region: 'région seulement (le point est le centre approximatif de la région)',
    country: 'pays seulement (le point est un repère à l’intérieur du pays)',
  },
  datePrecision: {
    day: 'le jour est connu',
    week: 'connu à la semaine près ; la date est le premier jour de la semaine',
    month: 'connu au mois près ; la date est le premier du mois',
    year: 'connu à l’année près ; la date est le 1er janvier',
  },
  actorKinds: {
    jihadist: 'Groupes djihadistes',
    separatist: 'Mouvements séparatistes',
    'state-force': 'Forces de l’État',
    militia: 'Milices',
    'foreign-force': 'Forces étrangères',
    criminal: 'Groupes criminels',
    other: 'Autres',
  },
  actorKind: {
    jihadist: 'groupe djihadiste',
    separatist: 'mouvement séparatiste',
    'state-force': 'force de l’État',
    militia: 'milice',
    'foreign-force': 'force étrangère',
    criminal: 'groupe criminel',
    other: 'autre acteur',
  },
  relation: {
    'affiliate-of': 'affilié à',
    'member-of': 'membre de',
    'allied-with': 'allié à',
    'split-from': 'scission de',
    'supported-by': 'soutenu par',
  },
  inverseRelation: {
    'affiliate-of': 'Affiliés',
    'member-of': 'Groupes membres',
    'allied-with': 'Alliés',
    'split-from': 'Groupes dissidents',
    'supported-by': 'Soutient',
  },
  change: {
    created: 'fiche créée',
    claimAdded: (measure: string, figure: string, source: string) => `${measure} : ajout d’un chiffre de ${figure} selon ${source}`,
    claimRemoved: (measure: string, figure: string, source: string) => `${measure} : retrait du chiffre de ${figure} selon ${source}`,
    claimRevised: (measure: string, source: string, from: string, to: string) => `${measure} : ${source} révisé de ${from} à ${to}`,
    sourceAdded: (source: string) => `ajout d’un chiffre selon ${source}`,
    sourceRemoved: (source: string) => `retrait du chiffre selon ${source}`,
    placeMoved: (from: string, to: string) => `lieu déplacé de ${from} à ${to}`,
    changed: (what: string, from: string, to: string) => `${what} modifié : ${from} → ${to}`,
    set: (what: string, to: string) => `${what} fixé à ${to}`,
    cleared: (what: string, from: string) => `${what} ${from} retiré`,
    edited: (what: string) => `${what} modifié`,
    withdrawn: (reason: string) => `retiré comme faux : ${reason}`,
    reinstated: 'retrait annulé',
    renamed: (from: string) => `renommé (anciennement ${from})`,
    replaces: (ids: string) => `remplace désormais ${ids} (renommé ou fusionné dans cette fiche)`,
    unreadable: 'fiche modifiée (cette version n’a pas passé la validation, ses changements ne peuvent pas être listés)',
    formatting: 'mise en forme seulement',
    none: 'rien de ce que montre la page n’a changé',
    field: {
      title: 'titre',
      summary: 'résumé',
      date: 'date',
      date_precision: 'précision de la date',
      end_date: 'date de fin',
      event_type: 'type d’événement',
      sub_event_type: 'sous-type d’événement',
      perpetrators: 'auteurs',
      targets: 'cibles',
      precision: 'précision du lieu',
      point: 'coordonnées',
      region: 'région',
      tags: 'mots-clés',
      other: 'autres champs',
    },
  },
  column: {
    date: 'Date',
    incident: 'Incident',
    place: 'Lieu',
    country: 'Pays',
    perpetrators: 'Auteurs',
    type: 'Type',
    killed: 'Tués',
    incidents: 'Incidents',
    source: 'Source',
    claimedBy: 'Revendiqué par',
    victims: 'Victimes',
    wounded: 'Blessés',
    abducted: 'Enlevés',
    note: 'Note',
  },
  pages: {
    pageOf: (x: number, count: number) => `Page ${n(x)} sur ${n(count)}`,
    newer: 'Plus récents',
    older: 'Plus anciens',
    newest: 'Les plus récents',
    oldest: 'Les plus anciens',
    nav: (what: string) => `Pages de ${what}`,
    range: (first: number, last: number, total: number) => `${n(first)}–${n(last)} sur ${n(total)}, les plus récents d’abord`,
    titleSuffix: (x: number) => `, page ${n(x)}`,
  },
  dates: {
    yearOnly: (y: string) => `${y} (jour et mois inconnus)`,
    monthOnly: (month: string) => `${month} (jour inconnu)`,
    weekOf: (day: string) => `semaine du ${day}`,
    weekOfShort: (day: string) => `sem. du ${day}`,
  },
  methodology: {
    title: 'Méthodologie',
    description:
      'Comment les fiches d’incident sont rédigées et sourcées, la typologie des événements, la précision des dates et des lieux, le calcul des fourchettes de victimes et la manière de contribuer.',
    toc: 'Sur cette page',
    records: {
      heading: 'Comment les fiches sont rédigées',
      paragraphs: [
        'Chaque incident est un fichier Markdown du [dépôt public](repo), rédigé par une personne à partir de sources publiques : articles de presse, analyses, rapports d’organisations non gouvernementales, communiqués officiels et médias des groupes armés eux-mêmes. Chaque fiche cite au moins une [fiche source](sources), et chaque chiffre de victimes est rattaché à la source qui l’a donné (une *revendication*).',
        'Les résumés sont rédigés avec nos propres mots et disent ce qui est contesté. Nous ne recopions pas le texte des sources et n’importons jamais de lignes d’ACLED ni d’aucun autre jeu de données sous licence : nous reprenons seulement la typologie des événements d’ACLED, pour que les exports s’alignent sur les données que les analystes utilisent déjà.',
        'Une fiche peut être rédigée en français ou en anglais : son champ `lang` indique la langue de son titre et de son résumé, que les pages affichent tels quels.',
        'Quand une source relaie la déclaration d’un tiers (communiqué d’une armée, propagande d’un groupe), la revendication nomme son auteur (*revendiqué par*). Les chiffres d’une partie au conflit sont conservés, signalés comme tels, et jamais préférés aux chiffres indépendants.',
        'Les fiches sont vérifiées automatiquement avant toute publication : chaque acteur, pays, lieu ou source cité doit exister, les dates doivent être réelles, les coordonnées doivent tomber dans le pays indiqué, et chaque source qui appuie un chiffre doit donner l’adresse http(s) de la page d’où il vient. Chaque lieu cité par un incident figure dans le répertoire géographique du projet, avec ses noms en français et en anglais et une note sur l’origine de ses coordonnées. Deux incidents à moins d’un jour et de 25 km l’un de l’autre, avec un auteur en commun, sont traités comme un même événement rapporté deux fois, jusqu’à ce qu’un contributeur les fusionne ou les déclare distincts.',
      ],
    },
    coverage: {
      heading: 'Couverture',
      intro:
        'Ce que la base recense du conflit, par pays et par année. « 2 sources ou plus » est la part des incidents dont les revendications citent au moins deux fiches sources ; « ville ou mieux », la part localisée au site exact ou à la localité (les autres ne sont connus qu’au district, à la région ou au pays) ; « médias », le nombre de sites web distincts dont des pages sont citées. La base s’enrichit à mesure que des contributeurs ajoutent des incidents : un chiffre bas signale une lacune de la base, pas une année calme.',
    },
    taxonomy: {
      heading: 'Types d’événements',
      intro: 'Chaque incident a un type d’événement et, au besoin, un sous-type, tirés de la typologie d’ACLED :',
    },
    dates: {
      heading: 'Précision de la date',
      intro:
        'Les sources ne donnent souvent pas le jour exact. Le champ `date` d’une fiche est toujours le premier jour de ce qui est connu, et `date_precision` dit jusqu’où s’y fier. Les pages n’affichent jamais un jour que la fiche ne connaît pas : un incident connu au mois près s’affiche « mai 2025 », pas « 1er mai 2025 ». Un champ `end_date` facultatif marque les événements qui s’étendent sur plusieurs jours.',
      spans:
        'Un incident connu seulement à la semaine, au mois ou à l’année couvre une période : les sept jours à partir de sa date, le mois entier ou l’année entière, prolongée jusqu’à son `end_date` s’il en a une. Les filtres (l’index des incidents, les dates des cartes, la recherche par année et par mois) et les pages de chronologie retiennent un incident dès que sa période recoupe celle demandée : « mai 2025 » figure donc dans la période du 15 mai au 30 juin 2025, et le filtre de l’index indique combien des incidents affichés ne sont connus qu’à la semaine, au mois ou à l’année. Les graphiques comptent chaque incident une seule fois, dans le mois où commence sa période (une semaine à cheval sur deux mois compte dans le premier) ; les incidents connus seulement à l’année sont présentés à part, après les mois, sous « 2025, mois inconnu », et ne comptent jamais en janvier.',
    },
    places: {
      heading: 'Précision du lieu',
      intro:
        'Chaque incident a un point (latitude, longitude), le nom du lieu tel que l’écrivent la plupart des sources, ses autres graphies et ses régions. `precision` dit ce que représente le point :',
      distances:
        'Les distances comme « incidents à moins de 100 km » sont mesurées entre ces points : elles ne valent que ce que vaut la moins précise des deux localisations.',
    },
    ranges: {
      heading: 'Fourchettes de victimes',
      intro: (groups: string) =>
        `Les sources divergent, parfois d’un facteur trois ou plus. Le site ne retient jamais un chiffre en silence. Chaque revendication donne, pour un groupe de victimes (${groups}), un nombre de tués, de blessés ou d’enlevés, sous la forme d’un chiffre exact, d’un « au moins N » ou d’un « entre N et M ».`,
      rules: [
        '**Pour un incident et un groupe de victimes**, la fourchette va de la plus basse borne inférieure de toutes les revendications à la plus haute borne supérieure : des revendications de 30, 60 et 100 soldats tués donnent « 30–100 soldats tués ».',
        '**Les revendications « au moins »** relèvent la borne haute jusqu’à leur chiffre quand d’autres revendications donnent une borne haute, de sorte que la fourchette ne s’arrête jamais en deçà de ce qu’affirme une source ; quand aucune ne donne de borne haute, la fourchette reste ouverte : « au moins 60 ».',
        '**Le bilan d’un incident** additionne les fourchettes de ses groupes de victimes (soldats et combattants, par exemple).',
        '**Les totaux sur plusieurs incidents** (un pays, un mois, un acteur) additionnent les bornes basses et hautes des incidents ; si le bilan d’un seul incident est ouvert, le total devient « au moins » sa borne basse.',
        '**« Inconnu » ne veut pas dire zéro.** Un incident sans chiffre n’ajoute rien à un total, et les pages indiquent combien d’incidents n’ont pas de bilan publié.',
      ],
      after: 'Chaque revendication reste listée sous la fourchette sur la page de l’incident, avec sa source et son auteur.',
    },
    parties: {
      tocLabel: 'Revendications des parties',
      heading: 'Sources indépendantes et revendications des parties',
      intro:
        'Une *partie* est un acteur qui prend part aux combats et que nomme le champ `claimed_by` d’une revendication : communiqué d’une armée, média propre d’un groupe armé (Az-Zallaqa pour le JNIM, Amaq pour l’État islamique), responsable gouvernemental ou militaire qui s’exprime au nom d’une partie, source sécuritaire des forces d’une partie. Les parties ont des raisons de gonfler les pertes qu’elles infligent et de minimiser les leurs : leurs chiffres sont donc conservés et signalés, jamais mêlés sans le dire aux sources indépendantes. Une revendication sans `claimed_by` relève du travail propre de la source et compte comme indépendante.',
      rules: [
        '**Deux fourchettes, une seule règle.** Pour chaque incident et chaque mesure, la fourchette indépendante applique les règles ci-dessus aux seules revendications indépendantes ; la fourchette qui inclut les parties les applique à toutes. Rien d’autre ne change.',
        '**Sur la page d’un incident**, le bilan donne d’abord la fourchette indépendante, avec ses revendications et ses sources, puis le chiffre propre à chaque partie (« JNIM revendique au moins 101 »). Un chiffre que seules des parties donnent est affiché avec le nom de la partie : « au moins 174 soldats tués, revendiqué par JNIM seulement ».',
        '**Dans les tableaux d’incidents**, un bilan que seules des parties donnent porte la mention « revendiqué », qui nomme la partie pour les lecteurs d’écran et au survol ; les fiches d’incident des analyses la nomment. Les classements des pays et des acteurs, et les années de la chronologie, donnent les deux sommes dans deux colonnes.',
        '**Les totaux sur plusieurs incidents** (page d’accueil, pays, acteurs, périodes) additionnent les fourchettes indépendantes et, à côté, les fourchettes qui incluent les revendications des parties, et indiquent combien d’incidents n’ont de bilan que par les parties. Un incident qui n’a que le chiffre d’une partie n’ajoute rien au total indépendant.',
        '**Les téléchargements** gardent leurs colonnes : `killed_low` et `killed_high` sont la fourchette qui inclut les revendications des parties, et `claims_by_parties` compte les revendications qui nomment une partie ; chaque revendication, avec son `claimed_by`, figure dans le téléchargement JSON.',
      ],
    },
    contribute: {
      tocLabel: 'Contribuer',
      heading: 'Comment contribuer',
      intro:
        'Chacun peut proposer un nouvel incident ou une correction par une demande de fusion (pull request) sur le [dépôt](repo) ; un mainteneur la relit. Le guide est [CONTRIBUTING.fr.md](guide), avec la description de chaque champ. En bref :',
      steps: [
        'Créez une fiche avec `npm run new-incident -- --lang fr --date 2025-06-02 --place Tombouctou --country mli --perpetrator jnim --event-type battles` : l’outil écrit un squelette dans le bon dossier, avec les coordonnées du lieu.',
        'Ajoutez une revendication par chiffre de source, la fiche source si elle est nouvelle, et un résumé rédigé avec vos propres mots.',
        'Lancez `npm run validate` : l’outil liste tous les problèmes d’un coup, avec le fichier et le champ.',
        'Ouvrez une demande de fusion. Chaque page du site renvoie à son fichier par un lien « Modifier cette fiche ».',
      ],
      guideFile: 'CONTRIBUTING.fr.md',
      licence: (licence: string) =>
        `Les données sont réutilisables sous licence [${licence}](licence) ; voir [Données](data) pour les téléchargements et la manière de citer.`,
    },
  },
  coverage: {
    label: (from: number, to: number) => `Couverture ${from}–${to}`,
    caption: (from: number, to: number) => `Incidents recensés par pays et par année, ${from}–${to}`,
    country: 'Pays',
    total: 'Total',
    twoSources: '2 sources ou plus',
    townOrBetter: 'Ville ou mieux',
    outlets: 'Médias',
    allCountries: 'Tous les pays',
  },
  data: {
    title: 'Données',
    description: (licence: string) =>
      `Téléchargez la base : tous les incidents en CSV, GeoJSON et JSON, par pays et par acteur, avec des flux Atom et des schémas JSON. ${licence}.`,
    lede: 'Tout ce que montre ce site est construit à partir des fiches du [dépôt](repo), et les données de chaque page peuvent être téléchargées. Les fichiers sont régénérés à chaque construction du site ;',
    newest: 'l’incident le plus récent est daté du',
    all: {
      heading: 'Tous les incidents',
      caption: 'Formats de l’export complet',
      file: 'Fichier',
      holds: 'Contenu',
      csv: 'Une ligne par incident, avec des colonnes proches de celles d’ACLED : date et sa précision, type et sous-type d’événement, auteurs, cibles, lieu, coordonnées et leur précision, bornes basse et haute des tués, blessés et enlevés, nombre de sources et adresse de la page. Puis les noms des acteurs et du pays, les morts par groupe de victimes, les sources, les codes numériques de précision, le résumé, la date de dernière modification de la fiche et la version du jeu de données. UTF-8 avec une ligne d’en-tête ; les cellules qu’un tableur exécuterait comme une formule sont neutralisées. Chaque colonne est expliquée dans le [dictionnaire des données](codebook).',
      geojson: 'Une FeatureCollection GeoJSON, un point par incident, pour QGIS, ArcGIS ou une carte web ; ses propriétés sont les colonnes du CSV (voir le [dictionnaire des données](codebook)).',
      json: 'Les fiches complètes, chaque revendication avec sa source, accompagnées des colonnes dérivées du CSV, pour vos propres analyses. Le fichier liste aussi les identifiants qu’il ne contient plus, sous `withdrawn` et `replaced`.',
      withdrawn: (withdrawn: number, replaced: number) =>
        `Les identifiants qui ne désignent plus un incident à part entière (${n(withdrawn)} retiré${withdrawn > 1 ? 's' : ''} comme faux, ${n(replaced)} renommé${replaced > 1 ? 's' : ''} ou fusionné${replaced > 1 ? 's' : ''}), pour mettre à jour un ancien téléchargement : supprimez les lignes retirées et rattachez chaque identifiant remplacé à la fiche qui le remplace. Voir ses [colonnes](columns).`,
    },
    byCountry: 'Par pays',
    byActor: 'Par acteur',
    actorNote: 'Les incidents où l’acteur est auteur ou cible (les fichiers d’une armée contiennent les attaques qu’elle a subies autant que ses propres opérations).',
    feed: 'flux',
    codebook: {
      heading: 'Dictionnaire des données',
      intro:
        'Les colonnes de chaque fichier CSV, dans l’ordre. Les propriétés du GeoJSON portent les mêmes noms, les nombres en nombres et les cellules vides en `null` ; le fichier JSON donne les mêmes informations à côté de chaque fiche complète. Les noms de colonnes sont les mêmes dans toutes les langues, car ils font partie du format : on n’ajoute de colonnes qu’à la fin, sans jamais en renommer ni en réordonner, pour que les scripts qui les lisent continuent de fonctionner.',
      label: 'Dictionnaire des données : les colonnes des téléchargements d’incidents',
      withdrawnHeading: 'Colonnes de withdrawn.csv',
      withdrawnLabel: 'Colonnes de withdrawn.csv',
      precisionHeading: 'Codes de précision',
      precisionIntro:
        'Des nombres pour les niveaux de précision, un cran par niveau en partant du plus précis, à la manière des colonnes `date_prec` et `where_prec` d’UCDP (notre propre échelle, pas les valeurs d’UCDP).',
      codesOf: (column: string) => `Codes de ${column}`,
      from: 'd’après',
      code: 'Code',
      meaning: 'Signification',
    },
    feeds: {
      heading: 'Flux',
      newest: 'Des flux Atom des incidents les plus récents, pour un lecteur de flux : [toute la base](feed), et un flux par pays et par acteur (liés ci-dessus et depuis la page de chaque pays et de chaque acteur).',
      changes:
        'Les révisions de la base (un chiffre révisé, un lieu déplacé, une fiche ajoutée ou retirée) sont listées sur [Modifications](changes), avec [leur propre flux](changesFeed) ; la page de chaque incident donne son propre historique et la manière de citer cette version.',
    },
    schemas: {
      heading: 'Schémas JSON',
      intro: 'La structure de chaque type de fiche, générée à partir des schémas qui servent à la validation du site. Indiquez-les à votre éditeur pour vérifier l’en-tête d’une fiche pendant la saisie.',
      caption: 'Schémas JSON des types de fiches',
      schema: 'Schéma',
      records: 'Fiches',
      names: { incident: 'Incident', actor: 'Acteur', country: 'Pays', source: 'Source', area: 'Zone d’action' },
    },
    licence: {
      heading: 'Licence et citation',
      terms: (site: string, licence: string, codeLicence: string) =>
        `Les données sont publiées sous licence [${licence}](licence) : réutilisez-les pour tout usage, en citant le ${site} et, quand vous vous appuyez sur un chiffre, la source dont il vient (chaque revendication nomme sa source). Le code est sous licence ${codeLicence}.`,
      cite: 'Citez une page par son adresse, qui ne change pas. Pour le jeu de données :',
      dataset: 'Fiches d’incidents',
      accessed: 'Consulté le [date].',
      readFirst: 'Lisez la [méthodologie](methodology) avant de tirer des conclusions : les chiffres sont des revendications de sources, présentées en fourchettes, et la couverture dépend de ce qui a été rapporté.',
    },
  },
  codebook: {
    columnAndType: 'Colonne et type',
    meaning: 'Signification',
    empty: 'Une cellule vide signifie',
    values: 'Valeurs :',
    types: {
      text: 'texte',
      list: 'liste (éléments séparés par « ; »)',
      code: 'code',
      date: 'date AAAA-MM-JJ',
      datetime: 'date et heure, ISO 8601 avec décalage horaire',
      url: 'URL',
      integer: 'nombre entier',
      decimal: 'nombre décimal',
    },
  },
  downloads: {
    csv: 'une ligne par incident, prêt pour un tableur',
    geojson: 'des points pour les outils SIG',
    json: 'les fiches complètes avec chaque revendication',
    feed: 'Flux Atom',
    newest: (what: string) => `derniers ${what}`,
  },
  notFound: {
    title: 'Page introuvable',
    lede: 'Il n’y a pas de page à cette adresse. Si vous avez suivi un lien vers un incident, sa fiche a peut-être été renommée ou fusionnée avec un doublon.',
    search: 'Rechercher des incidents, des lieux et des groupes',
    searchButton: 'Rechercher',
    home: 'Accueil',
    incidents: 'Tous les incidents',
    countriesAndActors: '[Pays](countries) et [acteurs](actors)',
    timeline: 'Chronologie',
  },
  figures: {
    atLeast: (x: string) => `au moins ${x}`,
    unknown: 'inconnu',
    noToll: (incidents: string) => `aucun bilan pour ${incidents}`,
    lowToHigh: 'du plus bas au plus haut chiffre publié',
    incident: (x: number) => `${n(x)} incident${x > 1 ? 's' : ''}`,
  },
  layout: {
    tagline: 'Un registre ouvert et sourcé des violences des groupes armés au Sahel et en Afrique de l’Ouest côtière',
    ogLocale: 'fr_FR',
    feedTitle: (site: string) => `${site} : derniers incidents`,
    skip: 'Aller au contenu',
    mainNav: 'Menu principal',
    nav: { incidents: 'Incidents', countries: 'Pays', actors: 'Acteurs', timeline: 'Chronologie', briefs: 'Analyses', data: 'Données', methodology: 'Méthodologie' },
    searchLabel: 'Rechercher des incidents, des lieux et des groupes',
    searchPlaceholder: 'Lieux, groupes…',
    searchButton: 'Rechercher',
    languages: 'Langue',
    footer: {
      data: 'Données :',
      everyFigure: ', chaque chiffre avec sa source.',
      code: 'Code :',
      repo: 'code source et fiches',
      citeAs: 'Citer :',
      accessed: ', consulté à la date de votre lecture.',
      howMade: 'Comment les fiches sont faites',
      changes: 'Modifications du registre',
      download: 'Télécharger les données',
    },
  },
} satisfies typeof en;

/**
 * The codebook of the downloads in French: each column's meaning and what its empty cell says.
 * Column names never change (they are a data format). The English comes from the schemas'
 * `.describe()` texts (`build/exports/codebook.ts`), which types these against the columns; a
 * unit test checks that none is missing, empty or left over.
 */
const JAMAIS = 'jamais vide';
const NON_DONNE = 'non indiqué dans la fiche';
const SANS_CIBLE = 'aucun acteur ciblé n’est nommé';
const HORS_GIT = 'le téléchargement a été construit hors de git';
const AU_MOINS = '(« au moins N » compte pour N quand une autre revendication donne une borne haute)';

/** The two columns of a range: `groups` says which claims count, `every` whether "at least" must hold for every claim. */
function fourchette<P extends string>(prefix: P, counted: string, over: (end: string) => string, every = 'toutes les revendications d’un groupe de victimes') {
  return {
    [`${prefix}_low`]: {
      meaning: `Nombre le plus bas de ${counted} : ${over('le plus bas')}.`,
      empty: `inconnu : aucune revendication ne donne de chiffre (jamais écrit 0) ; ${prefix}_high est vide aussi`,
    },
    [`${prefix}_high`]: {
      meaning: `Nombre le plus haut de ${counted} : ${over('le plus haut')} ${AU_MOINS}.`,
      empty: `au moins ${prefix}_low : aucune borne haute publiée (${every} disent seulement « au moins ») ; si ${prefix}_low est vide aussi, inconnu`,
    },
  } as Record<`${P}_low` | `${P}_high`, { meaning: string; empty: string }>;
}
const parGroupe = (end: string) => `pour chaque groupe de victimes, le chiffre ${end} que donne une revendication, additionné sur les groupes`;
const unGroupe = (noun: string, code: string) => (end: string) => `le chiffre ${end} que donne une revendication portant sur des ${noun} (victims: ${code})`;
const SOMMES = 'killed_civilian, killed_military, killed_militant et killed_other s’additionnent pour donner killed, borne basse avec borne basse, borne haute avec borne haute.';
const autres = fourchette('killed_other', 'autres personnes tuées', (end) => `parmi les revendications dont les victimes sont mixed ou unknown (non précisées), ${parGroupe(end)}`);

export const codebookColumns = {
  id: { meaning: 'L’identifiant de la fiche : le nom de son fichier sans .md, et la dernière partie de l’adresse de sa page.', empty: JAMAIS },
  title: { meaning: 'Ce qui s’est passé, dans les mots du contributeur (en français ou en anglais, selon la fiche).', empty: JAMAIS },
  date: { meaning: 'Le jour où l’événement a commencé, AAAA-MM-JJ (le premier jour de la période quand la précision est moindre). Le nom du fichier commence par cette date.', empty: JAMAIS },
  date_precision: { meaning: 'À quel point la date est connue : jamais plus précise que les sources. Aussi codée dans date_prec.', empty: JAMAIS },
  end_date: { meaning: 'Dernier jour, AAAA-MM-JJ, quand l’événement a duré plusieurs jours ; pas avant date.', empty: 'un seul jour, ou une période que date et date_precision indiquent déjà' },
  event_type: { meaning: 'Type d’événement ACLED, en kebab-case (minuscules et tirets).', empty: JAMAIS },
  sub_event_type: { meaning: 'Sous-type d’événement ACLED, propre au type d’événement, en kebab-case.', empty: NON_DONNE },
  perpetrators: { meaning: 'Identifiants des acteurs (content/actors/) auteurs de l’incident ; au moins un : unknown quand l’incident n’est pas attribué.', empty: JAMAIS },
  targets: { meaning: 'Identifiants des acteurs visés, s’il y en a.', empty: SANS_CIBLE },
  country: { meaning: 'Identifiant de la fiche pays : code ISO 3166-1 alpha-3 en minuscules, par exemple mli.', empty: JAMAIS },
  admin1: { meaning: 'Région : la division administrative de premier niveau (facultative mais attendue).', empty: NON_DONNE },
  admin2: { meaning: 'Cercle, département ou province : la division de deuxième niveau.', empty: NON_DONNE },
  location: { meaning: 'Le lieu, tel que l’écrivent la plupart des sources.', empty: JAMAIS },
  latitude: { meaning: 'Latitude en degrés décimaux, de -90 à 90. À lire avec geo_precision : un point peu précis est approximatif.', empty: JAMAIS },
  longitude: { meaning: 'Longitude en degrés décimaux, de -180 à 180 ; le point doit tomber dans le pays.', empty: JAMAIS },
  geo_precision: { meaning: 'À quel point le lieu est connu : exact (le site lui-même), town (la localité), district, region ou country (le pays). Aussi codée dans where_prec.', empty: JAMAIS },
  ...fourchette('killed', 'personnes tuées', parGroupe),
  ...fourchette('wounded', 'personnes blessées', parGroupe),
  ...fourchette('abducted', 'personnes enlevées', parGroupe),
  source_count: { meaning: 'Le nombre de fiches sources distinctes que citent les revendications.', empty: JAMAIS },
  url: { meaning: 'La page de l’incident sur ce site, avec chaque revendication et sa source.', empty: JAMAIS },
  perpetrator_names: { meaning: 'Le nom court, ou à défaut le nom, de chaque auteur, dans l’ordre de perpetrators.', empty: JAMAIS },
  target_names: { meaning: 'Le nom court, ou à défaut le nom, de chaque cible, dans l’ordre de targets.', empty: SANS_CIBLE },
  country_name: { meaning: 'Le nom (en anglais) du pays de la colonne country.', empty: JAMAIS },
  ...fourchette('killed_civilian', 'civils tués', unGroupe('civils', 'civilian'), 'toutes les revendications'),
  ...fourchette('killed_military', 'soldats tués', unGroupe('soldats', 'military'), 'toutes les revendications'),
  ...fourchette('killed_militant', 'combattants tués', unGroupe('combattants', 'militant'), 'toutes les revendications'),
  killed_other_low: { ...autres.killed_other_low, meaning: `${autres.killed_other_low.meaning} ${SOMMES}` },
  killed_other_high: { ...autres.killed_other_high, meaning: `${autres.killed_other_high.meaning} ${SOMMES}` },
  source_ids: { meaning: 'Identifiants des fiches sources (content/sources/) que citent les revendications, chacun une fois, dans l’ordre de première citation.', empty: JAMAIS },
  source_names: { meaning: 'L’éditeur de chaque source de source_ids, dans le même ordre ; l’identifiant quand la source n’a pas de fiche.', empty: JAMAIS },
  claim_count: { meaning: 'Le nombre de revendications de la fiche : une par source et par groupe de victimes (le téléchargement JSON donne chacune).', empty: JAMAIS },
  claims_by_parties: { meaning: 'Le nombre de revendications qui relaient la version d’une partie, en nommant claimed_by : l’acteur dont la source relaie la déclaration (média d’un groupe, communiqué d’une armée).', empty: JAMAIS },
  date_prec: { meaning: 'date_precision en nombre (notre propre échelle, à la manière de date_prec d’UCDP, pas les valeurs d’UCDP) : 1 = day (jour), 2 = week (semaine), 3 = month (mois), 4 = year (année).', empty: JAMAIS },
  where_prec: { meaning: 'geo_precision en nombre (notre propre échelle, à la manière de where_prec d’UCDP, pas les valeurs d’UCDP) : 1 = exact, 2 = town, 3 = district, 4 = region, 5 = country.', empty: JAMAIS },
  summary: { meaning: 'Le texte de la fiche en texte brut (liens et mises en valeur Markdown retirés), dans les mots de la fiche et dans sa langue.', empty: 'la fiche n’a pas de texte' },
  last_updated: { meaning: 'La dernière modification du fichier de la fiche : la date de son dernier commit.', empty: `${HORS_GIT}, ou à partir d’un clone superficiel` },
  dataset_version: { meaning: 'Le commit à partir duquel le téléchargement a été construit et sa date, « <commit> <date> », le même sur chaque ligne.', empty: HORS_GIT },
};

/** The columns of `/data/withdrawn.csv`, in French. */
export const retiredColumns = {
  id: { meaning: 'Un identifiant d’incident qu’un ancien téléchargement peut contenir.', empty: JAMAIS },
  status: { meaning: 'withdrawn : l’incident s’est révélé faux et ne compte nulle part ; replaced : la fiche a été renommée ou fusionnée dans une autre.', empty: JAMAIS },
  date: { meaning: 'Le jour où la fiche a été retirée, AAAA-MM-JJ.', empty: 'l’identifiant a été remplacé, pas retiré' },
  reason: { meaning: 'Pourquoi l’incident a été retiré.', empty: 'l’identifiant a été remplacé, pas retiré' },
  replaced_by: { meaning: 'L’identifiant de la fiche qui contient désormais cet incident : supprimez l’ancienne ligne, ou fusionnez-la avec celle-ci.', empty: 'l’identifiant a été retiré, pas remplacé' },
  url: { meaning: 'La page de l’ancien identifiant, qui fonctionne toujours : elle dit pourquoi l’incident a été retiré, ou mène à la fiche qui l’a remplacé.', empty: JAMAIS },
};
