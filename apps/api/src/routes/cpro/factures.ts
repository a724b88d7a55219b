import {
  type ActionTraitement,
  CHEMINS_CPRO,
  CompleterReponseSchema,
  CompleterRequeteSchema,
  ConsulterFactureReponseSchema,
  ConsulterFactureRequeteSchema,
  ConsulterHistoriqueReponseSchema,
  ConsulterHistoriqueRequeteSchema,
  CorrigerValideurReponseSchema,
  CorrigerValideurRequeteSchema,
  type Cote,
  DeposerFluxReponseSchema,
  DeposerFluxRequeteSchema,
  DeposerPdfReponseSchema,
  DeposerPdfRequeteSchema,
  LIBELLE_SUCCES_FACTURES,
  RechercherFournisseurReponseSchema,
  RechercherFournisseurRequeteSchema,
  RechercherRecipiendaireReponseSchema,
  RechercherRecipiendaireRequeteSchema,
  RechercherValideurReponseSchema,
  RechercherValideurRequeteSchema,
  RecyclerReponseSchema,
  RecyclerRequeteSchema,
  SoumettreReponseSchema,
  SoumettreRequeteSchema,
  TelechargerGroupeReponseSchema,
  TelechargerGroupeRequeteSchema,
  TraiterFactureAValiderReponseSchema,
  TraiterFactureAValiderRequeteSchema,
  TraiterRecueReponseSchema,
  TraiterRecueRequeteSchema,
  TraiterRejetReponseSchema,
  TraiterRejetRequeteSchema,
} from '@choral/contracts';
import type { Prisma } from '@choral/db';
import { ACTIONS_FACTURE, actionVersStatut } from '@choral/domain/cycle-de-vie';
import { ErreurMetier, introuvable } from '@choral/domain/erreurs';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../app-context.ts';
import type { LecteurFactures } from '../../documents/lecteur-factures.ts';
import { source } from '../../documents/stockage-documents.ts';
import { type AppelantApi, appelant, exigerEspace } from '../../mode-service/acces-api.ts';
import { viaBaseHistorique } from '../../mode-service/base-historique.ts';
import { avecChampsCpro, champInvalide } from '../../mode-service/erreurs-cpro.ts';
import { ESPACE_DU_COTE, factureVisibleApi } from '../../mode-service/facture-visible.ts';
import { decoderBase64, deposerPdfApi, lireFichierApi } from '../../mode-service/fichiers-api.ts';
import { filtresRechercheCpro } from '../../mode-service/filtres-cpro.ts';
import { pageDemandee, parametresRetour } from '../../mode-service/pagination.ts';
import {
  INCLUSION_LISTE_CPRO,
  jourIso,
  presenterFactureAValider,
  presenterFactureConsultee,
  presenterFactureListee,
  presenterHistorique,
} from '../../mode-service/presenter-cpro.ts';
import { soumettre } from '../../mode-service/soumettre.ts';
import { telechargerGroupe } from '../../mode-service/telecharger-groupe.ts';
import { presenterFacture } from '../../presenters/facture.ts';
import { ajouterPieceJointe } from '../../use-cases/factures/ajouter-piece-jointe.ts';
import { corrigerValideur } from '../../use-cases/factures/corriger-valideur.ts';
import { perimetreAValider, perimetreEmises, perimetreRecues } from '../../use-cases/factures/perimetres.ts';
import { recyclerFacture } from '../../use-cases/factures/recycler-facture.ts';
import { traiterFacture } from '../../use-cases/factures/traiter-facture.ts';
import { trouverFactureAccessible } from '../../use-cases/factures/trouver-facture-accessible.ts';
import { deposerFlux } from '../../use-cases/flux/deposer-flux.ts';
import { schemaCpro } from './tag.ts';

/** The valideur's fields of the portal's form, as soumettre names them. */
const CHAMPS_VALIDEUR_SOUMETTRE = {
  '/valideur/identifiant': '/cadreDeFacturation/codeStructureValideur',
  '/valideur/codeService': '/cadreDeFacturation/codeServiceValideur',
} as const;

/** traiter/factureAValider's decisions → the valideur's lifecycle actions. */
const ACTION_DE_DECISION = { VALIDATION: 'VALIDER', REFUS: 'REFUSER_VALIDATION' } as const;

const PERIMETRE_DU_COTE = {
  FOURNISSEUR: perimetreEmises,
  DESTINATAIRE: perimetreRecues,
  VALIDEUR: perimetreAValider,
} as const;

const SUCCES = { codeRetour: 0, libelle: LIBELLE_SUCCES_FACTURES };

/** The invoice seen from `cote` only: the other side's view of it does not exist here (404). */
async function factureDuCote(ctx: AppContext, a: AppelantApi, id: number, cote: Cote) {
  exigerEspace(a, ESPACE_DU_COTE[cote]);
  const trouvee = await trouverFactureAccessible(ctx.db, a.utilisateurId, id);
  if (trouvee.cote !== cote || trouvee.facture.statut === 'BROUILLON')
    throw introuvable('Facture introuvable.');

  return trouvee;
}

/** `factures/v1`: deposit, search, consult and process, through the portal's use-cases. */
export const cproFacturesRoutes: FastifyPluginAsyncZod<{
  ctx: AppContext;
  lecteur: LecteurFactures;
}> = async (app, { ctx, lecteur }) => {
  app.post(
    CHEMINS_CPRO.soumettre,
    {
      bodyLimit: 4 * 1024 * 1024,
      schema: schemaCpro(
        'Soumettre une facture (SAISIE_API, DEPOT_PDF_API)',
        SoumettreRequeteSchema,
        SoumettreReponseSchema,
      ),
    },
    async (request) => {
      const depot = await avecChampsCpro(CHAMPS_VALIDEUR_SOUMETTRE, () =>
        soumettre(ctx, lecteur, appelant(request), request.body),
      );

      return {
        ...SUCCES,
        identifiantFactureCPP: depot.id,
        numeroFacture: depot.numero,
        statutFacture: depot.statut,
        dateDepot: depot.dateDepot.slice(0, 10),
        identifiantStructure: depot.fournisseur.identifiant,
        empreinteCertificatDepot: Buffer.from(depot.empreinte, 'hex').toString('base64'),
      };
    },
  );

  async function rechercher(
    a: AppelantApi,
    cote: Cote,
    structureId: number,
    filtres: Prisma.FactureWhereInput[],
    pagination: Parameters<typeof pageDemandee>[0],
  ) {
    exigerEspace(a, ESPACE_DU_COTE[cote]);
    const perimetre = await PERIMETRE_DU_COTE[cote](ctx.db, a.utilisateurId, structureId);
    const where: Prisma.FactureWhereInput = {
      AND: [perimetre.where, { statut: { not: 'BROUILLON' } }, ...filtres],
    };
    const page = pageDemandee(pagination);
    const [total, factures] = await Promise.all([
      ctx.db.facture.count({ where }),
      ctx.db.facture.findMany({
        where,
        include: INCLUSION_LISTE_CPRO,
        orderBy: [{ dateDepot: 'desc' }, { id: 'desc' }],
        skip: page.skip,
        take: page.taille,
      }),
    ]);

    return { factures, retour: parametresRetour(total, page) };
  }

  app.post(
    CHEMINS_CPRO.deposerFlux,
    {
      // Base64 of a batch of about 60 MB.
      bodyLimit: 80 * 1024 * 1024,
      schema: schemaCpro(
        'Déposer un flux (facture UBL, CII, Factur-X, ou lot .zip / .tar.gz) : intégré ensuite, suivi par consulterCRDetaille',
        DeposerFluxRequeteSchema,
        DeposerFluxReponseSchema,
      ),
    },
    async (request) => {
      const a = appelant(request);
      exigerEspace(a, 'FACTURES_EMISES');
      const b = request.body;
      const recu = await deposerFlux(ctx, a.utilisateurId, {
        structureId: a.structureId,
        syntaxe: b.syntaxeFlux,
        avecSignature: b.avecSignature ?? false,
        fichier: { nom: b.nomFichier, flux: source(decoderBase64(b.fichierFlux, 'fichierFlux')) },
        canal: viaBaseHistorique(request) ? 'API_HISTORIQUE' : 'API',
      });

      return {
        ...SUCCES,
        numeroFluxDepot: recu.numero,
        dateDepot: recu.dateDepot.toISOString().slice(0, 10),
        syntaxeFlux: recu.syntaxe,
      };
    },
  );

  app.post(
    CHEMINS_CPRO.deposerPdf,
    {
      // Base64 of a PDF of about 22 MB, which is as large as a JSON call should carry.
      bodyLimit: 30 * 1024 * 1024,
      schema: schemaCpro(
        'Déposer un PDF avant soumettre : pieceJointeId et données lues dans le fichier',
        DeposerPdfRequeteSchema,
        DeposerPdfReponseSchema,
      ),
    },
    async (request) => {
      const a = appelant(request);
      exigerEspace(a, 'FACTURES_EMISES');
      const lu = await deposerPdfApi(ctx, lecteur, a, {
        nom: request.body.nomFichier,
        base64: request.body.fichierFacture,
      });

      return { ...SUCCES, ...lu };
    },
  );

  app.post(
    CHEMINS_CPRO.rechercherFournisseur,
    {
      schema: schemaCpro(
        'Rechercher les factures émises',
        RechercherFournisseurRequeteSchema,
        RechercherFournisseurReponseSchema,
      ),
    },
    async (request) => {
      const a = appelant(request);
      const b = request.body;
      const { factures, retour } = await rechercher(
        a,
        'FOURNISSEUR',
        b.idFournisseur ?? a.structureId,
        filtresRechercheCpro('FOURNISSEUR', b),
        b.rechercheFactureParFournisseur,
      );

      return {
        ...SUCCES,
        listeFactures: factures.map((f) => ({
          identifiantFactureCPP: f.id,
          ...presenterFactureListee(f, f.statutFournisseur),
        })),
        parametresRetour: retour,
      };
    },
  );

  app.post(
    CHEMINS_CPRO.rechercherRecipiendaire,
    {
      schema: schemaCpro(
        'Rechercher les factures reçues (pagination en tête de réponse ; 20000 si aucune)',
        RechercherRecipiendaireRequeteSchema,
        RechercherRecipiendaireReponseSchema,
      ),
    },
    async (request) => {
      const a = appelant(request);
      const b = request.body;
      const { factures, retour } = await rechercher(
        a,
        'DESTINATAIRE',
        b.idDestinataire ?? a.structureId,
        filtresRechercheCpro('DESTINATAIRE', b),
        b.paramRecherche,
      );
      // Chorus Pro answers "no result" with 20000 / TRA_MSG_00.015, still HTTP 200.
      const enveloppe = factures.length === 0 ? { codeRetour: 20000, libelle: 'TRA_MSG_00.015' } : SUCCES;

      return {
        ...enveloppe,
        listeFactures: factures.map((f) => ({ idFacture: f.id, ...presenterFactureListee(f, f.statut) })),
        ...retour,
      };
    },
  );

  for (const [chemin, cote, summary] of [
    [CHEMINS_CPRO.consulterFournisseur, 'FOURNISSEUR', 'Consulter une facture émise'],
    [CHEMINS_CPRO.consulterRecipiendaire, 'DESTINATAIRE', 'Consulter une facture reçue'],
    [
      CHEMINS_CPRO.consulterValideur,
      'VALIDEUR',
      'Consulter une facture à valider (sous-traitant, cotraitant)',
    ],
  ] as const) {
    app.post(
      chemin,
      { schema: schemaCpro(summary, ConsulterFactureRequeteSchema, ConsulterFactureReponseSchema) },
      async (request) => {
        const { facture } = await factureDuCote(
          ctx,
          appelant(request),
          request.body.identifiantFactureCPP,
          cote,
        );

        return {
          ...SUCCES,
          facture: presenterFactureConsultee({
            ...presenterFacture(facture, cote),
            destinataireId: facture.destinataireId,
            serviceId: facture.serviceId,
          }),
        };
      },
    );
  }

  app.post(
    CHEMINS_CPRO.consulterHistorique,
    {
      schema: schemaCpro(
        'Historique des statuts d’une facture (émise ou reçue), le plus récent d’abord',
        ConsulterHistoriqueRequeteSchema,
        ConsulterHistoriqueReponseSchema,
      ),
    },
    async (request) => {
      const a = appelant(request);
      const { facture, cote } = await factureVisibleApi(ctx, a, request.body.idFacture);

      return {
        ...SUCCES,
        ...presenterHistorique(presenterFacture(facture, cote), request.body.nbResultatsMaximum ?? 100),
      };
    },
  );

  app.post(
    CHEMINS_CPRO.traiterRecue,
    {
      schema: schemaCpro(
        'Traiter une facture reçue (motif pour SUSPENDUE et REJETEE, numeroDPMandat pour MANDATEE)',
        TraiterRecueRequeteSchema,
        TraiterRecueReponseSchema,
      ),
    },
    async (request) => {
      const a = appelant(request);
      const { idFacture, nouveauStatut, motif, numeroDPMandat } = request.body;
      await factureDuCote(ctx, a, idFacture, 'DESTINATAIRE');
      const action = actionVersStatut(nouveauStatut, 'DESTINATAIRE');
      if (!action) {
        throw new ErreurMetier(
          'REGLE_METIER',
          `Le destinataire ne peut pas passer une facture au statut ${nouveauStatut}.`,
          {
            champs: [{ champ: '/nouveauStatut', message: 'Statut non applicable par le destinataire.' }],
          },
        );
      }
      const facture = await traiterFacture(ctx, a.utilisateurId, idFacture, {
        action: action as ActionTraitement,
        motif: motif ?? null,
        numeroMandat: numeroDPMandat ?? null,
      });

      return {
        ...SUCCES,
        idFacture,
        numeroFacture: facture.identification.numero,
        nouveauStatut: facture.statut,
        dateTraitement: jourIso(new Date()) as string,
      };
    },
  );

  app.post(
    CHEMINS_CPRO.rechercherValideur,
    {
      schema: schemaCpro(
        'Rechercher les factures de sous-traitant et de cotraitant à valider (espace Factures à valider)',
        RechercherValideurRequeteSchema,
        RechercherValideurReponseSchema,
      ),
    },
    async (request) => {
      const a = appelant(request);
      const b = request.body;
      const { factures, retour } = await rechercher(
        a,
        'VALIDEUR',
        b.idStructureValideur ?? a.structureId,
        [
          ...filtresRechercheCpro('VALIDEUR', b),
          ...(b.idFournisseur ? [{ fournisseurId: b.idFournisseur }] : []),
        ],
        b.pagination,
      );

      return { ...SUCCES, listeFactures: factures.map(presenterFactureAValider), parametresRetour: retour };
    },
  );

  app.post(
    CHEMINS_CPRO.traiterFactureAValider,
    {
      schema: schemaCpro(
        'Valider ou refuser une facture à valider (motifRefus : code de recuperer/motifs/refus/Facture/AValider)',
        TraiterFactureAValiderRequeteSchema,
        TraiterFactureAValiderReponseSchema,
      ),
    },
    async (request) => {
      const a = appelant(request);
      const { idFacture, action, motifRefus, complementInfo } = request.body;
      await factureDuCote(ctx, a, idFacture, 'VALIDEUR');
      const choisie = ACTION_DE_DECISION[action];
      const facture = await avecChampsCpro(
        { '/codeMotifRefus': '/motifRefus', '/motif': '/complementInfo' },
        () =>
          traiterFacture(ctx, a.utilisateurId, idFacture, {
            action: choisie,
            codeMotifRefus: motifRefus ?? null,
            ...(choisie === 'REFUSER_VALIDATION'
              ? { motif: complementInfo ?? null }
              : { commentaire: complementInfo ?? null }),
          }),
      );

      return {
        ...SUCCES,
        idFacture,
        numeroFacture: facture.identification.numero,
        // The status the decision set: a validated invoice goes on at once to DEPOSEE and routing.
        statutFacture: ACTIONS_FACTURE[choisie].cible,
        dateTraitement: jourIso(new Date()) as string,
      };
    },
  );

  app.post(
    CHEMINS_CPRO.corrigerValideur,
    {
      schema: schemaCpro(
        'Corriger le valideur d’une facture signalée en erreur (ERREUR_FOURNISSEUR_SUR_VALIDEUR)',
        CorrigerValideurRequeteSchema,
        CorrigerValideurReponseSchema,
      ),
    },
    async (request) => {
      const a = appelant(request);
      const { idFacture, idStructure, identifiantStructure, codeServiceValideur } = request.body;
      await factureDuCote(ctx, a, idFacture, 'FOURNISSEUR');
      const parId = idStructure
        ? await ctx.db.structure.findUnique({ where: { id: idStructure }, select: { identifiant: true } })
        : null;
      if (idStructure && !parId) throw champInvalide('idStructure', 'structure inconnue.');
      const identifiant = parId?.identifiant ?? identifiantStructure;
      if (!identifiant) throw champInvalide('identifiantStructure', 'obligatoire (ou idStructure).');
      await avecChampsCpro(
        { '/valideur/identifiant': '/identifiantStructure', '/valideur/codeService': '/codeServiceValideur' },
        () =>
          corrigerValideur(ctx, a.utilisateurId, idFacture, {
            valideur: { identifiant, codeService: codeServiceValideur ?? null },
          }),
      );

      return { ...SUCCES, idFacture };
    },
  );

  app.post(
    CHEMINS_CPRO.completer,
    { schema: schemaCpro('Compléter une facture suspendue', CompleterRequeteSchema, CompleterReponseSchema) },
    async (request) => {
      const a = appelant(request);
      const { identifiantFactureCPP: id, commentaire, pieceJointeComplementaire } = request.body;
      await factureDuCote(ctx, a, id, 'FOURNISSEUR');
      for (const p of pieceJointeComplementaire) {
        await ajouterPieceJointe(ctx, a.utilisateurId, id, {
          designation: p.pieceJointeComplementaireDesignation ?? 'Justificatif',
          type: 'JUSTIFICATIF',
          fichier: await lireFichierApi(ctx, a, p.pieceJointeComplementaireId),
        });
      }
      const facture = await traiterFacture(ctx, a.utilisateurId, id, {
        action: 'COMPLETER',
        commentaire: commentaire ?? null,
      });

      return {
        ...SUCCES,
        identifiantFactureCPP: id,
        numeroFacture: facture.identification.numero,
        dateTraitement: jourIso(new Date()) as string,
      };
    },
  );

  app.post(
    CHEMINS_CPRO.recycler,
    { schema: schemaCpro('Recycler une facture à recycler', RecyclerRequeteSchema, RecyclerReponseSchema) },
    async (request) => {
      const a = appelant(request);
      const { identifiantFactureCPP: id, destinataire, reference, commentaire } = request.body;
      await factureDuCote(ctx, a, id, 'FOURNISSEUR');
      const facture = await recyclerFacture(ctx, a.utilisateurId, id, {
        destinataire: {
          identifiant: destinataire.codeDestinataire,
          codeService: destinataire.codeServiceExecutant ?? null,
        },
        numeroEngagement: reference.numeroBonCommande ?? null,
        commentaire: commentaire ?? null,
      });

      return {
        ...SUCCES,
        identifiantFactureCPP: id,
        numeroFacture: facture.identification.numero,
        statutFacture: facture.statut,
        dateDepot: jourIso(facture.dateDepot),
      };
    },
  );

  app.post(
    CHEMINS_CPRO.traiterRejet,
    {
      schema: schemaCpro(
        'Acquitter des rejets (chaque demande de paiement a son propre code retour)',
        TraiterRejetRequeteSchema,
        TraiterRejetReponseSchema,
      ),
    },
    async (request) => {
      const a = appelant(request);
      const resultats = [];
      for (const { idDemandePaiement: id } of request.body.listeDemandePaiement) {
        try {
          await factureDuCote(ctx, a, id, 'FOURNISSEUR');
          await traiterFacture(ctx, a.utilisateurId, id, {
            action: 'ACQUITTER_REJET',
            commentaire: request.body.cpltInfos ?? request.body.motifRejet ?? null,
          });
          resultats.push({ idDemandePaiement: id, ...SUCCES });
        } catch (erreur) {
          if (!(erreur instanceof ErreurMetier)) throw erreur;
          resultats.push({ idDemandePaiement: id, codeRetour: 20903, libelle: erreur.motif });
        }
      }

      return { ...SUCCES, listeDemandePaiement: resultats };
    },
  );

  app.post(
    CHEMINS_CPRO.telechargerGroupe,
    {
      schema: schemaCpro(
        'Télécharger des factures en un zip (base64) ; au-delà de 120 Mo : HTTP 413',
        TelechargerGroupeRequeteSchema,
        TelechargerGroupeReponseSchema,
      ),
    },
    async (request) => {
      const zip = await telechargerGroupe(ctx, appelant(request), request.body);

      return { ...SUCCES, fichierResultat: zip.toString('base64') };
    },
  );
};
