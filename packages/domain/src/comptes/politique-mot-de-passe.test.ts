import { describe, expect, it } from 'vitest';
import { verifierMotDePasse } from './politique-mot-de-passe.ts';

const compte = { email: 'jean.dupont@exemple.fr' };

describe('verifierMotDePasse', () => {
  it.each([
    'Tr0mbone-Vert-Ciel',
    'k8#Lq2Zm!pW4',
    'correct horse battery staple',
    'Épinard éclatant 42',
    'azertyuiop-Kw9!ment',
  ])('accepte %j', (motDePasse) => {
    expect(verifierMotDePasse(motDePasse, compte)).toEqual([]);
  });

  describe('longueur', () => {
    it('refuse moins de 12 caractères', () => {
      expect(verifierMotDePasse('k8#Lq2Zm!pW', compte)).toEqual([
        'Le mot de passe doit comporter au moins 12 caractères.',
      ]);
    });

    it('compte les caractères et non les unités UTF-16', () => {
      expect(verifierMotDePasse('🔒k8#Lq2Zm!pW', compte)).toEqual([]);
      expect(verifierMotDePasse('🔒k8#Lq2Zm!p', compte)).toHaveLength(1);
    });
  });

  describe('adresse e-mail', () => {
    const problemeEmail = 'Le mot de passe ne doit pas contenir votre adresse e-mail ni votre identifiant.';

    it.each([
      'jean.dupont@exemple.fr',
      'JEAN.DUPONT@EXEMPLE.FR',
      'x-jean.dupont@exemple.fr-x',
      'jean.dupontKw9!',
      'Mon-jean.dupont-2024',
    ])('refuse %j', (motDePasse) => {
      expect(verifierMotDePasse(motDePasse, compte)).toContain(problemeEmail);
    });

    it('ne cherche pas une partie locale trop courte à l’intérieur du mot de passe', () => {
      expect(verifierMotDePasse('Tr0mbone-Vert-jd', { email: 'jd@exemple.fr' })).toEqual([]);
      expect(verifierMotDePasse('jd', { email: 'jd@exemple.fr' })).toContain(problemeEmail);
    });

    it('ignore une adresse vide', () => {
      expect(verifierMotDePasse('Tr0mbone-Vert-Ciel', { email: '' })).toEqual([]);
    });
  });

  describe('mots de passe courants', () => {
    const problemeCourant = 'Ce mot de passe est trop courant : choisissez-en un moins prévisible.';

    it.each([
      'Password123456',
      'P@ssw0rd2024!',
      'azerty123456',
      '2024Motdepasse!',
      'Soleil!!!!!!2024',
      'choruspro2025',
      'QWERTYUIOP12',
    ])('refuse %j', (motDePasse) => {
      expect(verifierMotDePasse(motDePasse, compte)).toContain(problemeCourant);
    });

    it('accepte un mot courant noyé dans un mot de passe plus long', () => {
      expect(verifierMotDePasse('password-Tr0mbone-Vert', compte)).toEqual([]);
    });
  });

  describe('motifs évidents', () => {
    const problemeRepetition =
      'Le mot de passe ne doit pas être la répétition d’un même caractère ou d’un motif court.';
    const problemeSuite =
      'Le mot de passe ne doit pas être une suite simple de caractères (ex. 123456789, abcdef).';

    it.each(['aaaaaaaaaaaa', '111111111111', 'abababababab', 'azeazeazeaze', 'ABCDabcdABCD', 'zzzz20242024'])(
      'refuse la répétition %j',
      (motDePasse) => {
        expect(verifierMotDePasse(motDePasse, compte)).toContain(problemeRepetition);
      },
    );

    it.each([
      '123456789012',
      '1234567890123',
      'abcdefghijklm',
      'ZYXWVUTSRQPO',
      '987654321098',
      'lmnop2024!!!',
    ])('refuse la suite %j', (motDePasse) => {
      expect(verifierMotDePasse(motDePasse, compte)).toContain(problemeSuite);
    });

    it.each(['abcdeTr0mbone', '12-Tr0mbone-34', 'aabbccddeeff', 'abcabdabeabf'])(
      'accepte %j',
      (motDePasse) => {
        expect(verifierMotDePasse(motDePasse, compte)).toEqual([]);
      },
    );
  });

  it('cumule les problèmes', () => {
    expect(verifierMotDePasse('aaaa', { email: 'aaaa@exemple.fr' })).toEqual([
      'Le mot de passe doit comporter au moins 12 caractères.',
      'Le mot de passe ne doit pas contenir votre adresse e-mail ni votre identifiant.',
      'Le mot de passe ne doit pas être la répétition d’un même caractère ou d’un motif court.',
    ]);
  });
});
