import { expect, test } from '@playwright/test';
import { expectNoA11yViolations } from './support/axe.ts';
import { contexteApi, creerCompteActif, lienDuCourriel, seConnecter, sessionApi } from './support/comptes.ts';
import { siretInvalide, siretUnique } from './support/luhn.ts';
import { creerStructure } from './support/structures.ts';

test.describe('structures', () => {
  test('un nouvel utilisateur crée sa structure puis demande un rattachement à la commune', async ({
    page,
    request,
  }) => {
    const { email } = await creerCompteActif(request, 'Sacha', 'Fondateur');
    const siret = siretUnique();
    const raisonSociale = `Atelier Essai ${siret.slice(-6)}`;

    await test.step('Sans structure, l’accueil propose de créer une structure ou de demander un rattachement', async () => {
      await seConnecter(page, email);
      await page.goto('/');
      await expect(
        page.getByRole('heading', { name: 'Vous n’êtes rattaché(e) à aucune structure' }),
      ).toBeVisible();
      await expect(page.getByRole('link', { name: 'Demander un rattachement' })).toBeVisible();
      await page.getByRole('link', { name: 'Créer une structure' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Créer une structure' })).toBeVisible();
      await expectNoA11yViolations(page);
    });

    await test.step('Un SIRET invalide est refusé avec un message à côté du champ', async () => {
      await expect(page.getByLabel('Type d’identifiant')).toHaveValue('SIRET');
      const identifiant = page.getByRole('textbox', { name: 'Identifiant', exact: true });
      await identifiant.fill(siretInvalide(siret));
      await identifiant.blur();
      await expect(identifiant).toHaveAttribute('aria-invalid', 'true');
      await expect(identifiant).toHaveAccessibleDescription(
        /Le SIRET est invalide : la clé de contrôle ne correspond pas\./,
      );
      await page.getByRole('button', { name: 'Créer la structure' }).click();
      await expect(page.getByRole('link', { name: /^Identifiant : Le SIRET est invalide/ })).toBeVisible();
      await expectNoA11yViolations(page);
    });

    await test.step('Un SIRET valide est accepté : la structure est créée et j’en suis gestionnaire principal', async () => {
      const identifiant = page.getByRole('textbox', { name: 'Identifiant', exact: true });
      await identifiant.fill(siret);
      await expect(identifiant).not.toHaveAttribute('aria-invalid', 'true');
      await page.getByLabel('Raison sociale').fill(raisonSociale);
      await page.getByLabel('Numéro de TVA intracommunautaire').fill('FR00123456789');
      await page.getByRole('textbox', { name: 'Adresse', exact: true }).fill('5 rue des Essais');
      await page.getByLabel('Code postal').fill('69001');
      await page.getByLabel('Ville').fill('Lyon');
      await page.getByRole('button', { name: 'Créer la structure' }).click();
      await expect(page.getByRole('heading', { level: 1, name: raisonSociale })).toBeVisible();
      await expect(page.getByText('Vous en êtes le gestionnaire principal.')).toBeVisible();
      await expect(page.getByText('Votre rôle : Gestionnaire principal')).toBeVisible();
      const moi = page.getByRole('table', { name: `Utilisateurs de ${raisonSociale}` }).getByRole('row', {
        name: /Sacha Fondateur/,
      });
      await expect(moi).toContainText('Gestionnaire principal');
      await expectNoA11yViolations(page);
    });

    await test.step('Je demande un rattachement au service des écoles de la Commune de Villedémo', async () => {
      await page
        .getByRole('navigation', { name: 'Navigation principale' })
        .getByRole('link', { name: 'Structures', exact: true })
        .click();
      await expect(page.getByRole('row', { name: new RegExp(raisonSociale) })).toBeVisible();
      await page.getByRole('link', { name: 'Demander un rattachement' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Demander un rattachement' })).toBeVisible();
      await page.getByRole('button', { name: 'Rechercher' }).click();
      await expect(page.getByText('Saisissez au moins 2 caractères.').first()).toBeVisible();
      await page.getByLabel('Identifiant ou nom de la structure').fill('Villedémo');
      await page.getByRole('button', { name: 'Rechercher' }).click();
      await page.getByRole('radio', { name: /Commune de Villedémo/ }).check();
      await page.getByRole('checkbox', { name: 'Service des écoles (ECOLES)' }).check();
      await page.getByLabel('Commentaire').fill('Je livre les fournitures des écoles.');
      await expectNoA11yViolations(page);
      await page.getByRole('button', { name: 'Envoyer la demande' }).click();
      await expect(
        page.getByRole('status').filter({ hasText: 'Demande de rattachement envoyée' }),
      ).toContainText('Votre demande de rattachement à Commune de Villedémo a été envoyée.');
    });

    await test.step('Ma demande figure dans l’historique de Mon compte, en attente', async () => {
      await page.getByRole('link', { name: 'Voir l’historique de mes demandes' }).click();
      const demande = page
        .getByRole('table', { name: 'Historique de mes demandes de rattachement' })
        .getByRole('row', {
          name: /Commune de Villedémo/,
        });
      await expect(demande).toContainText('En attente');
      await expect(demande).toContainText('Service des écoles');
    });
  });

  test('le gestionnaire principal gère les services, l’état et les utilisateurs de sa structure', async ({
    page,
    browser,
    playwright,
    baseURL,
  }) => {
    // A long journey with a second browser (the invited colleague accepts): more than the default 30 s on a busy machine.
    test.slow();
    const api = await contexteApi(playwright, baseURL);
    const gestionnaire = await creerCompteActif(api, 'Gaspard', 'Principal');
    const collegue = await creerCompteActif(api, 'Colette', 'Collegue');
    const envoyer = await sessionApi(api, gestionnaire.email);
    const structure = await creerStructure(envoyer, `Menuiserie Essai ${Date.now()}`);
    await seConnecter(page, gestionnaire.email);
    await page.goto(`/structures/${structure.id}`);
    await expect(page.getByRole('heading', { level: 2, name: 'Services' })).toBeVisible();

    await test.step('J’ajoute un service', async () => {
      await page.getByRole('button', { name: 'Ajouter un service' }).click();
      const dialogue = page.getByRole('dialog', { name: 'Ajouter un service' });
      await dialogue.getByLabel('Code').fill('compta');
      await dialogue.getByRole('button', { name: 'Ajouter le service' }).click();
      await expect(dialogue.getByLabel('Code')).toHaveAttribute('aria-invalid', 'true');
      await expectNoA11yViolations(page);
      await dialogue.getByLabel('Code').fill('COMPTA');
      await dialogue.getByLabel('Libellé').fill('Service comptabilité');
      await dialogue.getByLabel('Numéro d’engagement obligatoire').check();
      await dialogue.getByRole('button', { name: 'Ajouter le service' }).click();
      await expect(
        page.getByRole('status').filter({ hasText: 'Le service COMPTA a été ajouté.' }),
      ).toBeVisible();
      const ligne = page.getByRole('row', { name: /COMPTA/ });
      await expect(ligne).toContainText('Service comptabilité');
      await expect(ligne).toContainText('Obligatoire');
    });

    await test.step('Je modifie le service', async () => {
      await page.getByRole('button', { name: 'Modifier le service COMPTA' }).click();
      const dialogue = page.getByRole('dialog', { name: 'Modifier le service COMPTA' });
      await dialogue.getByLabel('Service actif').uncheck();
      await dialogue.getByRole('button', { name: 'Enregistrer le service' }).click();
      await expect(
        page.getByRole('status').filter({ hasText: 'Le service COMPTA a été modifié.' }),
      ).toBeVisible();
      await expect(page.getByRole('row', { name: /COMPTA/ })).toContainText('Inactif');
    });

    await test.step('J’inactive puis réactive ma structure', async () => {
      await page.getByRole('button', { name: 'Inactiver ma structure' }).click();
      await page.getByRole('alertdialog').getByRole('button', { name: 'Inactiver ma structure' }).click();
      await expect(
        page.getByRole('status').filter({ hasText: 'La structure est maintenant inactive.' }),
      ).toBeVisible();
      await page.getByRole('button', { name: 'Activer ma structure' }).click();
      await page.getByRole('alertdialog').getByRole('button', { name: 'Activer ma structure' }).click();
      await expect(
        page.getByRole('status').filter({ hasText: 'La structure est maintenant active.' }),
      ).toBeVisible();
    });

    await test.step('J’invite un collègue : il n’est rattaché qu’après avoir accepté, depuis le portail', async () => {
      await page.getByRole('button', { name: 'Rattacher un utilisateur' }).click();
      const dialogue = page.getByRole('dialog', { name: 'Rattacher un utilisateur' });
      await dialogue.getByLabel('Adresse électronique').fill(collegue.email);
      await dialogue.getByRole('button', { name: 'Envoyer l’invitation' }).click();
      await expect(
        page.getByRole('status').filter({ hasText: `Une invitation a été envoyée à ${collegue.email}` }),
      ).toBeVisible();
      await expect(page.getByRole('row', { name: /Colette Collegue/ })).toHaveCount(0);

      const invite = await (await browser.newContext()).newPage();
      await seConnecter(invite, collegue.email);
      await invite.goto(new URL(await lienDuCourriel(api, collegue.email, '/structures')).pathname);
      const invitations = invite.getByRole('region', { name: 'Invitations' });
      await expect(invitations).toContainText('Gaspard Principal vous invite à rejoindre');
      await expectNoA11yViolations(invite);
      await invitations.getByRole('button', { name: /^Accepter l’invitation de/ }).click();
      await expect(
        invite.getByRole('status').filter({ hasText: 'Vous êtes maintenant rattaché(e) à' }),
      ).toBeVisible();
      await expect(invite.getByRole('table', { name: /Structures auxquelles/ })).toBeVisible();
      await invite.context().close();
    });

    await test.step('Je nomme mon collègue gestionnaire secondaire puis je le détache', async () => {
      await page.reload();
      const ligne = page.getByRole('row', { name: /Colette Collegue/ });
      await expect(ligne).toContainText('Utilisateur');

      await ligne.getByRole('button', { name: 'Modifier Colette Collegue' }).click();
      const edition = page.getByRole('dialog', { name: 'Modifier Colette Collegue' });
      await edition.getByLabel('Rôle').selectOption('GESTIONNAIRE_SECONDAIRE');
      await edition.getByRole('button', { name: 'Enregistrer' }).click();
      await expect(ligne).toContainText('Gestionnaire secondaire');

      await ligne.getByRole('button', { name: 'Détacher Colette Collegue' }).click();
      await page.getByRole('alertdialog').getByRole('button', { name: 'Détacher' }).click();
      await expect(page.getByRole('status').filter({ hasText: 'a été détaché(e)' })).toBeVisible();
      await expect(page.getByRole('row', { name: /Colette Collegue/ })).toHaveCount(0);
      await expectNoA11yViolations(page);
    });
    await api.dispose();
  });
});
