import { describe, expect, it } from 'vitest';
import { PARAMETRES_STRUCTURE_PAR_DEFAUT, type ParametresStructure } from '../structures/index.ts';
import type { ContexteDepot, ServiceDestinataire } from './verifier-destinataire.ts';
import { verifierDestinataire } from './verifier-destinataire.ts';

const serviceCompta: ServiceDestinataire = {
  codeService: 'COMPTA',
  estActif: true,
  dateDebutValidite: '2020-01-01',
  dateFinValidite: '2050-12-31 00:00',
  engagementObligatoire: false,
};

/** A deposit that passes every check; each test changes what it is about. */
function contexte(
  modifications: Partial<Omit<ContexteDepot, 'destinataire'>> & {
    parametres?: Partial<ParametresStructure>;
    destinataire?: Partial<NonNullable<ContexteDepot['destinataire']>> | null;
  } = {},
): ContexteDepot {
  const { parametres, destinataire, ...reste } = modifications;
  return {
    destinataire:
      destinataire === null
        ? null
        : {
            nature: 'PUBLIQUE',
            estActive: true,
            parametres: { ...PARAMETRES_STRUCTURE_PAR_DEFAUT, ...parametres },
            ...destinataire,
          },
    service: null,
    natureFournisseur: 'PRIVEE',
    references: {},
    dateDepot: '2026-03-15',
    ...reste,
  };
}

const codes = (ctx: ContexteDepot) => verifierDestinataire(ctx).map((p) => `${p.champ}:${p.code}`);

describe('verifierDestinataire', () => {
  it('accepte une structure publique active sans exigence, sans références', () => {
    expect(verifierDestinataire(contexte())).toEqual([]);
  });

  it('accepte un service actif et ouvert à la date du dépôt', () => {
    expect(
      verifierDestinataire(contexte({ service: serviceCompta, references: { codeService: 'COMPTA' } })),
    ).toEqual([]);
  });

  describe('structure destinataire', () => {
    it.each([
      ['inconnue', { destinataire: null }, 'DESTINATAIRE_INCONNU'],
      ['privée', { destinataire: { nature: 'PRIVEE' as const } }, 'DESTINATAIRE_NON_PUBLIC'],
      ['inactive', { destinataire: { estActive: false } }, 'DESTINATAIRE_INACTIF'],
    ])('refuse une structure %s, sans autre vérification', (_cas, modifications, code) => {
      const ctx = contexte({ ...modifications, parametres: { codeServiceDoitEtreRenseigne: true } });
      expect(codes(ctx)).toEqual([`destinataire.identifiant:${code}`]);
      expect(verifierDestinataire(ctx)[0]?.message).toMatch(/structure/);
    });
  });

  describe('service', () => {
    it('refuse un code service inconnu de la structure', () => {
      const problemes = verifierDestinataire(contexte({ references: { codeService: 'INCONNU' } }));
      expect(problemes).toEqual([
        {
          code: 'SERVICE_INCONNU',
          champ: 'destinataire.codeService',
          message: 'Le service « INCONNU » n’existe pas dans la structure destinataire.',
        },
      ]);
    });

    it('refuse un service inactif', () => {
      const ctx = contexte({
        service: { ...serviceCompta, estActif: false },
        references: { codeService: 'COMPTA' },
      });
      expect(codes(ctx)).toEqual(['destinataire.codeService:SERVICE_INACTIF']);
    });

    it.each([
      ['avant son ouverture', '2019-12-31', 'à partir du 01/01/2020'],
      ['après sa fermeture', '2051-01-01', 'depuis le 31/12/2050'],
    ])('refuse un dépôt %s', (_cas, dateDepot, extrait) => {
      const problemes = verifierDestinataire(
        contexte({ service: serviceCompta, references: { codeService: 'COMPTA' }, dateDepot }),
      );
      expect(problemes.map((p) => p.code)).toEqual(['SERVICE_HORS_VALIDITE']);
      expect(problemes[0]?.message).toContain(extrait);
    });

    it.each(['2020-01-01', '2050-12-31'])(
      'accepte un dépôt le jour limite %s (bornes incluses)',
      (dateDepot) => {
        expect(
          verifierDestinataire(
            contexte({ service: serviceCompta, references: { codeService: 'COMPTA' }, dateDepot }),
          ),
        ).toEqual([]);
      },
    );

    it('accepte un service sans dates de validité', () => {
      const service = { ...serviceCompta, dateDebutValidite: null, dateFinValidite: null };
      expect(
        verifierDestinataire(
          contexte({ service, references: { codeService: 'COMPTA' }, dateDepot: '1999-01-01' }),
        ),
      ).toEqual([]);
    });

    describe('FACTURES_PUBLIQUES', () => {
      const service = { ...serviceCompta, codeService: 'FACTURES_PUBLIQUES' };
      const references = { codeService: 'FACTURES_PUBLIQUES' };

      it('est refusé à un fournisseur privé', () => {
        expect(codes(contexte({ service, references, natureFournisseur: 'PRIVEE' }))).toEqual([
          'destinataire.codeService:SERVICE_RESERVE_AUX_STRUCTURES_PUBLIQUES',
        ]);
      });

      it('est accepté d’un fournisseur public', () => {
        expect(
          verifierDestinataire(contexte({ service, references, natureFournisseur: 'PUBLIQUE' })),
        ).toEqual([]);
      });
    });
  });

  describe('références exigées par la structure', () => {
    type Cas = [string, Partial<ParametresStructure>, ContexteDepot['references'], string[]];
    const cas: Cas[] = [
      [
        'code service obligatoire, absent',
        { codeServiceDoitEtreRenseigne: true },
        {},
        ['destinataire.codeService:CODE_SERVICE_OBLIGATOIRE'],
      ],
      [
        'code service obligatoire, blanc',
        { codeServiceDoitEtreRenseigne: true },
        { codeService: '  ' },
        ['destinataire.codeService:CODE_SERVICE_OBLIGATOIRE'],
      ],
      [
        'code service obligatoire, présent',
        { codeServiceDoitEtreRenseigne: true },
        { codeService: 'COMPTA' },
        [],
      ],
      [
        'engagement obligatoire, absent',
        { numeroEJDoitEtreRenseigne: true },
        { codeService: 'COMPTA' },
        ['references.numeroEngagement:NUMERO_ENGAGEMENT_OBLIGATOIRE'],
      ],
      [
        'engagement obligatoire, présent',
        { numeroEJDoitEtreRenseigne: true },
        { numeroEngagement: 'EJ123' },
        [],
      ],
      [
        'les deux obligatoires, aucun',
        { codeServiceDoitEtreRenseigne: true, numeroEJDoitEtreRenseigne: true },
        {},
        [
          'destinataire.codeService:CODE_SERVICE_OBLIGATOIRE',
          'references.numeroEngagement:NUMERO_ENGAGEMENT_OBLIGATOIRE',
        ],
      ],
      [
        'code service ou engagement, aucun',
        { gestionNumeroEJOuCodeService: true },
        { numeroEngagement: ' ' },
        ['references.numeroEngagement:CODE_SERVICE_OU_NUMERO_ENGAGEMENT_OBLIGATOIRE'],
      ],
      [
        'code service ou engagement, code service seul',
        { gestionNumeroEJOuCodeService: true },
        { codeService: 'COMPTA' },
        [],
      ],
      [
        'code service ou engagement, engagement seul',
        { gestionNumeroEJOuCodeService: true },
        { numeroEngagement: 'EJ123' },
        [],
      ],
      [
        '« ou » prime sur les deux exigences séparées',
        {
          gestionNumeroEJOuCodeService: true,
          codeServiceDoitEtreRenseigne: true,
          numeroEJDoitEtreRenseigne: true,
        },
        { numeroEngagement: 'EJ123' },
        [],
      ],
    ];

    it.each(cas)('%s', (_cas, parametres, references, attendus) => {
      const service = references.codeService?.trim() ? serviceCompta : null;
      expect(codes(contexte({ parametres, references, service }))).toEqual(attendus);
    });
  });

  describe('engagement exigé par le service', () => {
    const service = { ...serviceCompta, engagementObligatoire: true };

    it('exige un numéro d’engagement même si la structure ne l’exige pas', () => {
      const problemes = verifierDestinataire(contexte({ service, references: { codeService: 'COMPTA' } }));
      expect(problemes).toEqual([
        {
          code: 'NUMERO_ENGAGEMENT_OBLIGATOIRE',
          champ: 'references.numeroEngagement',
          message: 'Le service « COMPTA » exige un numéro d’engagement.',
        },
      ]);
    });

    it('l’exige aussi quand la structure se contente d’un code service', () => {
      const ctx = contexte({
        service,
        references: { codeService: 'COMPTA' },
        parametres: { gestionNumeroEJOuCodeService: true },
      });
      expect(codes(ctx)).toEqual(['references.numeroEngagement:NUMERO_ENGAGEMENT_OBLIGATOIRE']);
    });

    it('ne signale pas deux fois l’engagement manquant', () => {
      const ctx = contexte({
        service,
        references: { codeService: 'COMPTA' },
        parametres: { numeroEJDoitEtreRenseigne: true },
      });
      expect(codes(ctx)).toEqual(['references.numeroEngagement:NUMERO_ENGAGEMENT_OBLIGATOIRE']);
    });

    it('est satisfait par un numéro d’engagement', () => {
      expect(
        verifierDestinataire(
          contexte({ service, references: { codeService: 'COMPTA', numeroEngagement: 'EJ1' } }),
        ),
      ).toEqual([]);
    });
  });

  it('cumule les problèmes du service et des références', () => {
    const ctx = contexte({
      service: { ...serviceCompta, codeService: 'FACTURES_PUBLIQUES', estActif: false },
      references: { codeService: 'FACTURES_PUBLIQUES' },
      parametres: { numeroEJDoitEtreRenseigne: true },
      dateDepot: '2051-06-01',
    });
    expect(codes(ctx)).toEqual([
      'destinataire.codeService:SERVICE_RESERVE_AUX_STRUCTURES_PUBLIQUES',
      'destinataire.codeService:SERVICE_INACTIF',
      'destinataire.codeService:SERVICE_HORS_VALIDITE',
      'references.numeroEngagement:NUMERO_ENGAGEMENT_OBLIGATOIRE',
    ]);
  });
});
