import { expect, test } from '@playwright/test';
import { expectNoA11yViolations } from './support/axe.ts';
import {
  adresseUnique,
  creerCompteActif,
  lienDuCourriel,
  MOT_DE_PASSE,
  seConnecter,
} from './support/comptes.ts';

test.describe('comptes', () => {
  test('créer un compte, l’activer depuis la boîte mail, se connecter et se déconnecter', async ({
    page,
  }) => {
    const email = adresseUnique('camille');

    await test.step('Je remplis le formulaire « Créer un compte »', async () => {
      await page.goto('/');
      await page.getByRole('banner').getByRole('link', { name: 'Créer un compte' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Créer un compte' })).toBeVisible();
      await expectNoA11yViolations(page);
      await page.getByRole('button', { name: 'Créer mon compte' }).click();
      await expect(page.getByRole('heading', { name: 'Le formulaire contient 3 erreurs' })).toBeVisible();
      await page.getByRole('textbox', { name: 'Adresse électronique', exact: true }).fill(email);
      await page.getByLabel('Prénom').fill('Camille');
      await page.getByRole('textbox', { name: 'Nom', exact: true }).fill('Essai');
      await page.getByRole('button', { name: 'Créer mon compte' }).click();
      await expect(page.getByRole('status')).toContainText('Votre demande de compte est enregistrée');
    });

    await test.step('J’ouvre le courriel d’activation dans la boîte mail de développement', async () => {
      await page.getByRole('link', { name: 'boîte mail de développement' }).click();
      await expect(
        page.getByRole('heading', { level: 1, name: 'Boîte mail de développement' }),
      ).toBeVisible();
      await expect(
        page.getByText('Cette page n’existe que si les outils de développement sont activés'),
      ).toBeVisible();
      await page.getByRole('textbox', { name: 'Destinataire' }).fill(email);
      await page.getByRole('button', { name: 'Afficher les messages' }).click();
      const courriel = page.getByRole('article', { name: 'Activez votre compte Choral' });
      await expect(courriel).toContainText(email);
      await expectNoA11yViolations(page);
      await courriel.getByRole('link', { name: /\/activation\?jeton=/ }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Activer mon compte' })).toBeVisible();
    });

    await test.step('Un mot de passe trop faible est refusé', async () => {
      await page.getByRole('textbox', { name: 'Mot de passe', exact: true }).fill('Motdepasse12');
      await page.getByLabel('Confirmation du mot de passe').fill('Motdepasse12');
      await page.getByRole('button', { name: 'Activer mon compte' }).click();
      await expect(page.getByRole('region', { name: 'Le formulaire contient une erreur' })).toBeFocused();
      await expect(page.getByRole('textbox', { name: 'Mot de passe', exact: true })).toHaveAttribute(
        'aria-invalid',
        'true',
      );
      await expect(page.getByText('Ce mot de passe est trop courant').first()).toBeVisible();
      await expectNoA11yViolations(page);
    });

    await test.step('Je choisis un mot de passe robuste : le compte est activé', async () => {
      await page.getByRole('textbox', { name: 'Mot de passe', exact: true }).fill(MOT_DE_PASSE);
      await page.getByLabel('Confirmation du mot de passe').fill(MOT_DE_PASSE);
      await page.getByRole('button', { name: 'Activer mon compte' }).click();
      await expect(page.getByRole('status')).toContainText('Votre compte est activé.');
    });

    await test.step('Je me connecte', async () => {
      await page.getByRole('main').getByRole('link', { name: 'Se connecter' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Se connecter' })).toBeVisible();
      await expectNoA11yViolations(page);
      await page.getByLabel('Adresse électronique').fill(email);
      await page.getByRole('textbox', { name: 'Mot de passe', exact: true }).fill(MOT_DE_PASSE);
      await page.getByRole('button', { name: 'Se connecter' }).click();
      await expect(page.getByRole('button', { name: 'Camille Essai, menu du compte' })).toBeVisible();
      await expect(
        page.getByRole('heading', { name: 'Vous n’êtes rattaché(e) à aucune structure' }),
      ).toBeVisible();
    });

    await test.step('Je me déconnecte', async () => {
      await page.getByRole('button', { name: 'Camille Essai, menu du compte' }).click();
      await page.getByRole('button', { name: 'Se déconnecter' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Se connecter' })).toBeVisible();
      await expect(page.getByRole('status')).toContainText('Vous êtes déconnecté(e).');
      await expect(page.getByRole('banner').getByRole('link', { name: 'Se connecter' })).toBeVisible();
    });
  });

  test('un lien d’activation expiré permet d’en recevoir un nouveau', async ({ page, request }) => {
    const email = adresseUnique('expire');
    await test.step('Je crée un compte, puis son lien expire', async () => {
      await request.post('/api/comptes', {
        headers: { 'X-CSRF-Token': 'anonyme' },
        data: { email, prenom: 'Eva', nom: 'Expire' },
      });
      await page.goto(await lienDuCourriel(request, email, '/activation'));
      // Test-only tool of the e2e server (apps/api/test/support/outils-test.ts): the links expire now.
      const expiration = await request.post('/api/test/comptes/expirer-liens', {
        headers: { 'X-CSRF-Token': 'anonyme' },
        data: { email },
      });
      expect(expiration.ok()).toBe(true);
    });

    await test.step('Le lien expiré est signalé et un nouveau lien est proposé', async () => {
      await page.getByRole('textbox', { name: 'Mot de passe', exact: true }).fill(MOT_DE_PASSE);
      await page.getByLabel('Confirmation du mot de passe').fill(MOT_DE_PASSE);
      await page.getByRole('button', { name: 'Activer mon compte' }).click();
      await expect(page.getByRole('alert')).toContainText('Ce lien a expiré');
      await expect(page.getByRole('heading', { name: 'Recevoir un nouveau lien' })).toBeVisible();
      await expectNoA11yViolations(page);
      await page.getByLabel('Adresse électronique').fill(email);
      await page.getByRole('button', { name: 'Recevoir un nouveau lien' }).click();
      await expect(page.getByRole('status')).toContainText('un courriel vient de lui être envoyé');
    });

    await test.step('Le nouveau lien active le compte', async () => {
      await page.goto(await lienDuCourriel(request, email, '/activation'));
      await page.getByRole('textbox', { name: 'Mot de passe', exact: true }).fill(MOT_DE_PASSE);
      await page.getByLabel('Confirmation du mot de passe').fill(MOT_DE_PASSE);
      await page.getByRole('button', { name: 'Activer mon compte' }).click();
      await expect(page.getByRole('status')).toContainText('Votre compte est activé.');
    });
  });

  test('un lien d’activation inventé est déclaré invalide', async ({ page }) => {
    await page.goto('/activation?jeton=jeton-invente-0123456789');
    await page.getByRole('textbox', { name: 'Mot de passe', exact: true }).fill(MOT_DE_PASSE);
    await page.getByLabel('Confirmation du mot de passe').fill(MOT_DE_PASSE);
    await page.getByRole('button', { name: 'Activer mon compte' }).click();
    await expect(page.getByRole('alert')).toContainText('Ce lien est invalide ou a déjà été utilisé.');
    await expectNoA11yViolations(page);
  });

  test('après 5 mots de passe erronés, la connexion est bloquée avec un message clair', async ({
    page,
    request,
  }) => {
    const { email } = await creerCompteActif(request, 'Victor', 'Verrou');
    await page.goto('/connexion');
    for (let essai = 1; essai <= 5; essai += 1) {
      await test.step(`Essai n° ${essai} avec un mauvais mot de passe`, async () => {
        await page.getByLabel('Adresse électronique').fill(email);
        await page
          .getByRole('textbox', { name: 'Mot de passe', exact: true })
          .fill(`Mauvais-mot-de-passe-${essai}`);
        const reponse = page.waitForResponse((r) => r.url().endsWith('/api/session'));
        await page.getByRole('button', { name: 'Se connecter' }).click();
        expect((await reponse).status()).toBe(401);
        await expect(page.getByText('Adresse électronique ou mot de passe incorrect.')).toBeVisible();
      });
    }
    await test.step('Même le bon mot de passe est alors refusé : le compte est verrouillé', async () => {
      await page.getByRole('textbox', { name: 'Mot de passe', exact: true }).fill(MOT_DE_PASSE);
      await page.getByRole('button', { name: 'Se connecter' }).click();
      await expect(page.getByText(/la connexion à ce compte est bloquée pendant 15 minutes/)).toBeVisible();
      await expectNoA11yViolations(page);
    });
  });

  test('mot de passe oublié : un lien permet d’en choisir un nouveau', async ({ page, request }) => {
    const { email } = await creerCompteActif(request, 'Oscar', 'Oubli');
    await page.goto('/connexion');
    await page.getByRole('link', { name: 'Mot de passe oublié ?' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Mot de passe oublié' })).toBeVisible();
    await expectNoA11yViolations(page);
    await page.getByLabel('Adresse électronique').fill(email);
    await page.getByRole('button', { name: 'Recevoir un lien' }).click();
    await expect(page.getByRole('status')).toContainText('un courriel vient de lui être envoyé');

    await page.goto(await lienDuCourriel(request, email, '/reinitialisation'));
    await expect(
      page.getByRole('heading', { level: 1, name: 'Choisir un nouveau mot de passe' }),
    ).toBeVisible();
    await page.getByRole('textbox', { name: 'Mot de passe', exact: true }).fill('Nouvelle-Phrase-De-Passe');
    await page.getByLabel('Confirmation du mot de passe').fill('Nouvelle-Phrase-Dé-Passe');
    await page.getByRole('button', { name: 'Changer mon mot de passe' }).click();
    await expect(page.getByText('Les deux mots de passe ne sont pas identiques.').first()).toBeVisible();
    await page.getByLabel('Confirmation du mot de passe').fill('Nouvelle-Phrase-De-Passe');
    await page.getByRole('button', { name: 'Changer mon mot de passe' }).click();
    await expect(page.getByRole('status')).toContainText('Votre mot de passe a été changé.');
    await seConnecter(page, email, 'Nouvelle-Phrase-De-Passe');
  });

  test('Mon compte : une page réservée renvoie à la connexion, puis on modifie ses informations', async ({
    page,
    request,
  }) => {
    const { email } = await creerCompteActif(request, 'Mona', 'Compte');
    await test.step('Sans session, Mon compte mène à la connexion puis revient', async () => {
      await page.goto('/mon-compte');
      await expect(page).toHaveURL('/connexion?retour=%2Fmon-compte');
      await page.getByLabel('Adresse électronique').fill(email);
      await page.getByRole('textbox', { name: 'Mot de passe', exact: true }).fill(MOT_DE_PASSE);
      await page.getByRole('button', { name: 'Se connecter' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Mon compte' })).toBeVisible();
      await expect(
        page.getByText('Vous n’avez fait aucune demande de rattachement ni d’habilitation.'),
      ).toBeVisible();
      await expectNoA11yViolations(page);
    });

    await test.step('Je change mon prénom et mes préférences', async () => {
      await page.getByLabel('Prénom').fill('Monique');
      await page.getByLabel('Recevoir un résumé hebdomadaire de mon activité').check();
      await page.getByRole('button', { name: 'Enregistrer mes informations' }).click();
      await expect(
        page.getByRole('status').filter({ hasText: 'Vos informations ont été enregistrées.' }),
      ).toBeVisible();
      await expect(page.getByRole('button', { name: 'Monique Compte, menu du compte' })).toBeVisible();
    });

    await test.step('Je choisis le résumé quotidien des factures reçues, et le choix est conservé', async () => {
      const quotidien = page.getByLabel(/un seul courriel par jour/);
      await quotidien.check();
      await page.getByRole('button', { name: 'Enregistrer mes informations' }).click();
      await expect(
        page.getByRole('status').filter({ hasText: 'Vos informations ont été enregistrées.' }),
      ).toBeVisible();
      await page.reload();
      await expect(page.getByLabel(/un seul courriel par jour/)).toBeChecked();
      await expect(page.getByLabel('Recevoir un résumé hebdomadaire de mon activité')).toBeChecked();
    });

    await test.step('Un mauvais mot de passe actuel est signalé sur son champ', async () => {
      await page.getByLabel('Mot de passe actuel').fill('Pas-le-bon-mot-de-passe');
      await page
        .getByRole('textbox', { name: 'Nouveau mot de passe', exact: true })
        .fill('Une-Autre-Phrase-Solide');
      await page.getByLabel('Confirmation du nouveau mot de passe').fill('Une-Autre-Phrase-Solide');
      await page.getByRole('button', { name: 'Changer mon mot de passe' }).click();
      await expect(page.getByLabel('Mot de passe actuel')).toHaveAttribute('aria-invalid', 'true');
      await expect(
        page.getByRole('link', { name: 'Mot de passe actuel : Mot de passe actuel incorrect.' }),
      ).toBeVisible();
    });
  });
});
