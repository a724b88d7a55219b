import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FILE_RESUME_QUOTIDIEN, HEURE_RESUME_QUOTIDIEN } from '../src/jobs/file-travaux.ts';
import { envoyerResumesQuotidiens } from '../src/use-cases/notifications/envoyer-resumes-quotidiens.ts';
import { attendreStatut, creerAgent, creerParties, deposer } from './support/cycle.ts';
import { buildTestApp, type TestApp } from './support/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
  await t.demarrerTravailleur();
});
afterAll(() => t.close());

const courrielsPour = (email: string) =>
  t.db.courriel.findMany({ where: { destinataire: email }, orderBy: { id: 'asc' } });

describe('Résumé quotidien des factures reçues', () => {
  it('remplace le courriel par facture pour qui l’a choisi, et ne résume chaque facture qu’une fois', async () => {
    const { fournisseur, destinataire, agent } = await creerParties(t.app, t.db);
    const abonne = await creerAgent(t.app, t.db, destinataire.id, ['VOIRIE']);
    const choix = await abonne.client.put('/api/mon-compte', {
      nom: abonne.utilisateur.nom,
      prenom: abonne.utilisateur.prenom,
      emailContact: abonne.utilisateur.emailContact,
      notificationsFacturation: true,
      resumeHebdomadaire: false,
      resumeQuotidien: true,
    });
    expect(choix.json()).toMatchObject({ resumeQuotidien: true });

    const numero = `RQ-${Date.now()}`;
    const id = await deposer(fournisseur, destinataire.identifiant, numero);
    await attendreStatut(t.db, id, 'MISE_A_DISPOSITION');

    // The other agent is told at once; the subscriber only in the portal, until the summary.
    expect((await courrielsPour(agent.utilisateur.emailContact)).some((c) => c.texte.includes(numero))).toBe(
      true,
    );
    expect(await courrielsPour(abonne.utilisateur.emailContact)).toEqual([]);
    expect(
      await t.db.notification.count({
        where: { utilisateurId: abonne.utilisateur.id, categorie: 'FACTURE_RECUE' },
      }),
    ).toBe(1);

    expect(
      await envoyerResumesQuotidiens({ db: t.db, publicUrl: 'http://choral.test' }),
    ).toBeGreaterThanOrEqual(1);
    const [resume] = await courrielsPour(abonne.utilisateur.emailContact);
    expect(resume?.sujet).toBe('Résumé quotidien : 1 facture(s) reçue(s)');
    expect(resume?.texte).toContain(numero);
    expect(resume?.texte).toContain('http://choral.test/facturation/factures-recues');

    await envoyerResumesQuotidiens({ db: t.db, publicUrl: 'http://choral.test' });
    expect(await courrielsPour(abonne.utilisateur.emailContact)).toHaveLength(1);
  });

  it('est planifié chaque matin, heure de Paris, dans la file de travaux', async () => {
    const planifications = await t.ctx.file.boss.getSchedules(FILE_RESUME_QUOTIDIEN);

    expect(planifications).toEqual([
      expect.objectContaining({
        name: FILE_RESUME_QUOTIDIEN,
        cron: HEURE_RESUME_QUOTIDIEN,
        timezone: 'Europe/Paris',
      }),
    ]);
  });
});
