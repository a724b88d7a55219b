import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  FILE_RESUME_HEBDOMADAIRE,
  FILE_RESUME_QUOTIDIEN,
  HEURE_RESUME_HEBDOMADAIRE,
  HEURE_RESUME_QUOTIDIEN,
} from '../src/jobs/file-travaux.ts';
import { envoyerResumes } from '../src/use-cases/notifications/envoyer-resumes.ts';
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

describe('Résumés quotidien et hebdomadaire', () => {
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
      await envoyerResumes({ db: t.db, publicUrl: 'http://choral.test' }, 'QUOTIDIEN'),
    ).toBeGreaterThanOrEqual(1);
    const [resume] = await courrielsPour(abonne.utilisateur.emailContact);
    expect(resume?.sujet).toBe('Résumé quotidien : 1 facture(s) reçue(s)');
    expect(resume?.texte).toContain(numero);
    expect(resume?.texte).toContain('http://choral.test/facturation/factures-recues');

    await envoyerResumes({ db: t.db, publicUrl: 'http://choral.test' }, 'QUOTIDIEN');
    expect(await courrielsPour(abonne.utilisateur.emailContact)).toHaveLength(1);
  });

  it('le résumé hebdomadaire reprend toutes les nouvelles de la semaine pour qui l’a choisi', async () => {
    const { fournisseur, destinataire } = await creerParties(t.app, t.db);
    await t.db.utilisateur.update({
      where: { id: fournisseur.utilisateur.id },
      data: { resumeHebdomadaire: true },
    });
    const numero = `RH-${Date.now()}`;
    const id = await deposer(fournisseur, destinataire.identifiant, numero);
    await attendreStatut(t.db, id, 'MISE_A_DISPOSITION');
    const gestionnaire = await creerAgent(t.app, t.db, destinataire.id);
    const suspension = await gestionnaire.client.post(`/api/factures/${id}/actions`, {
      action: 'SUSPENDRE',
      motif: 'Pièce manquante',
    });
    expect(suspension.statusCode).toBe(200);

    await envoyerResumes({ db: t.db, publicUrl: 'http://choral.test' }, 'HEBDOMADAIRE');

    const resume = (await courrielsPour(fournisseur.utilisateur.emailContact)).at(-1);
    expect(resume?.sujet).toMatch(/^Résumé hebdomadaire : \d+ nouvelle\(s\)/);
    expect(resume?.texte).toContain('Pièce manquante');
    expect(resume?.texte).toContain('http://choral.test/notifications');
    const avant = (await courrielsPour(fournisseur.utilisateur.emailContact)).length;
    await envoyerResumes({ db: t.db, publicUrl: 'http://choral.test' }, 'HEBDOMADAIRE');
    expect(await courrielsPour(fournisseur.utilisateur.emailContact)).toHaveLength(avant);
  });

  it('sont planifiés chaque matin et chaque lundi, heure de Paris, dans la file de travaux', async () => {
    for (const [file, cron] of [
      [FILE_RESUME_QUOTIDIEN, HEURE_RESUME_QUOTIDIEN],
      [FILE_RESUME_HEBDOMADAIRE, HEURE_RESUME_HEBDOMADAIRE],
    ]) {
      expect(await t.ctx.file.boss.getSchedules(file)).toEqual([
        expect.objectContaining({ name: file, cron, timezone: 'Europe/Paris' }),
      ]);
    }
  });
});
