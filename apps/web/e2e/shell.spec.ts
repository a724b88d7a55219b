import { expect, type Page, test } from '@playwright/test';
import { expectNoA11yViolations } from './support/axe.ts';
import { shellPages } from './support/shell-pages.ts';

const BANNER_TEXT = 'Ce n’est pas le portail officiel Chorus Pro';

function mainNav(page: Page) {
  return page.getByRole('navigation', { name: 'Navigation principale' });
}

async function expectPage(page: Page, heading: string, title: string): Promise<void> {
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  await expect(page.getByRole('heading', { level: 1, name: heading, exact: true })).toBeVisible();
  await expect(page).toHaveTitle(title);
}

test.describe('coquille du portail', () => {
  test('le document est en français', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expectPage(page, 'Bienvenue sur Choral', 'Accueil — Choral');
  });

  test('l’avertissement signale les outils de développement (le serveur de test écoute sur 127.0.0.1)', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(page.getByRole('banner').getByRole('note', { name: 'Avertissement' })).toContainText(
      'Outils de développement activés',
    );
  });

  for (const shellPage of shellPages) {
    test(`${shellPage.path} : avertissement, titre unique et aucune violation axe`, async ({ page }) => {
      await page.goto(shellPage.path);
      await expectPage(page, shellPage.heading, shellPage.title);

      const notice = page.getByRole('banner').getByRole('note', { name: 'Avertissement' });
      await expect(notice).toBeVisible();
      await expect(notice).toContainText('Choral est un émulateur à des fins de test et de formation.');
      await expect(notice).toContainText(BANNER_TEXT);
      await expect(page.getByText(/République française/i)).toHaveCount(0);

      await expect(mainNav(page)).toBeVisible();
      await expect(page.getByRole('main')).toBeVisible();
      await expect(page.getByRole('contentinfo')).toBeVisible();
      await expectNoA11yViolations(page);
    });
  }

  test('la navigation principale mène à chaque page', async ({ page }) => {
    await page.goto('/');
    const nav = mainNav(page);
    const direct = [
      ['Nous contacter', '/nous-contacter', 'Nous contacter'],
      ['Accueil', '/', 'Bienvenue sur Choral'],
    ] as const;
    for (const [label, path, heading] of direct) {
      const link = nav.getByRole('link', { name: label, exact: true });
      await link.click();
      await expect(page).toHaveURL(path);
      await expect(page.getByRole('heading', { level: 1, name: heading, exact: true })).toBeVisible();
      await expect(link).toHaveAttribute('aria-current', 'page');
    }

    const facturation = nav.getByRole('button', { name: 'Facturation' });
    // « Factures émises » and « Factures reçues » are reserved to signed-in users: see the next test.
    const submenu = [['Factures de travaux', '/facturation/factures-de-travaux']] as const;
    for (const [label, path] of submenu) {
      await facturation.click();
      await expect(facturation).toHaveAttribute('aria-expanded', 'true');
      await nav.getByRole('link', { name: label, exact: true }).click();
      await expect(page).toHaveURL(path);
      await expect(page.getByRole('heading', { level: 1, name: label, exact: true })).toBeVisible();
      await expect(facturation).toHaveAttribute('aria-expanded', 'false');
      await facturation.click();
      await expect(nav.getByRole('link', { name: label, exact: true })).toHaveAttribute(
        'aria-current',
        'page',
      );
      await page.keyboard.press('Escape');
    }
  });

  test('sans session, les pages réservées mènent à la connexion puis y reviennent', async ({ page }) => {
    await page.goto('/');
    const nav = mainNav(page);
    await nav.getByRole('button', { name: 'Facturation' }).click();
    await nav.getByRole('link', { name: 'Factures émises', exact: true }).click();
    await expect(page).toHaveURL(`/connexion?retour=${encodeURIComponent('/facturation/factures-emises')}`);
    await expectPage(page, 'Se connecter', 'Se connecter — Choral');
    await nav.getByRole('button', { name: 'Facturation' }).click();
    await nav.getByRole('link', { name: 'Suivi des flux', exact: true }).click();
    await expect(page).toHaveURL(`/connexion?retour=${encodeURIComponent('/facturation/suivi-des-flux')}`);
    await expectPage(page, 'Se connecter', 'Se connecter — Choral');
    for (const [label, path] of [
      ['Structures', '/structures'],
      ['Approbations', '/approbations'],
      ['Mon compte', '/mon-compte'],
    ] as const) {
      await nav.getByRole('link', { name: label, exact: true }).click();
      await expect(page).toHaveURL(`/connexion?retour=${encodeURIComponent(path)}`);
      await expectPage(page, 'Se connecter', 'Se connecter — Choral');
      await expect(page.getByRole('status')).toHaveText('Connectez-vous pour accéder à cette page.');
    }
  });

  test('le pied de page mène à la déclaration d’accessibilité et à la documentation de l’API', async ({
    page,
  }) => {
    await page.goto('/');
    const footer = page.getByRole('contentinfo');
    await expect(footer.getByRole('link', { name: 'Documentation de l’API' })).toHaveAttribute(
      'href',
      '/api/docs',
    );
    await footer.getByRole('link', { name: /^Accessibilité/ }).click();
    await expectPage(page, 'Accessibilité', 'Accessibilité — Choral');
    await expect(page.getByRole('main')).toContainText('partiellement conforme');
    await expect(page.getByRole('main')).toContainText('aucun audit n’a encore été réalisé');
  });

  test('le lien d’évitement mène au contenu', async ({ page }) => {
    await page.goto('/nous-contacter');
    await expectPage(page, 'Nous contacter', 'Nous contacter — Choral');
    await page.keyboard.press('Tab');
    const skipLink = page.getByRole('link', { name: 'Aller au contenu' });
    await expect(skipLink).toBeFocused();
    await expect(skipLink).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('main')).toBeFocused();
  });

  test('le sous-menu Facturation s’utilise au clavier seul', async ({ page }) => {
    await page.goto('/');
    await expectPage(page, 'Bienvenue sur Choral', 'Accueil — Choral');
    const nav = mainNav(page);
    const facturation = nav.getByRole('button', { name: 'Facturation' });

    // Tab from the top of the page until the button has the focus.
    for (let i = 0; i < 10; i += 1) {
      await page.keyboard.press('Tab');
      if (await facturation.evaluate((el) => el === document.activeElement)) break;
    }
    await expect(facturation).toBeFocused();
    await expect(facturation).toHaveAttribute('aria-expanded', 'false');

    // Enter opens; ↓ / ↑ move through the links; Échap closes and gives the focus back.
    await page.keyboard.press('Enter');
    await expect(facturation).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('ArrowDown');
    await expect(nav.getByRole('link', { name: 'Factures émises' })).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(nav.getByRole('link', { name: 'Suivi des flux' })).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(nav.getByRole('link', { name: 'Factures émises' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(facturation).toHaveAttribute('aria-expanded', 'false');
    await expect(facturation).toBeFocused();
    await expect(nav.getByRole('link', { name: 'Factures émises' })).toBeHidden();

    // Space opens too; Tab walks the links in order; Enter follows the link.
    await page.keyboard.press('Space');
    await expect(facturation).toHaveAttribute('aria-expanded', 'true');
    await expectNoA11yViolations(page);
    await page.keyboard.press('Tab');
    await expect(nav.getByRole('link', { name: 'Factures émises' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(nav.getByRole('link', { name: 'Suivi des flux' })).toBeFocused();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(nav.getByRole('link', { name: 'Factures de travaux' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL('/facturation/factures-de-travaux');
    await expect(facturation).toHaveAttribute('aria-expanded', 'false');
    // After a navigation the new page's heading has the focus.
    await expect(page.getByRole('heading', { level: 1, name: 'Factures de travaux' })).toBeFocused();

    // Tabbing out of the open submenu (its five links) closes it.
    await facturation.focus();
    await page.keyboard.press('Enter');
    for (let i = 0; i < 6; i += 1) await page.keyboard.press('Tab');
    await expect(nav.getByRole('link', { name: 'Structures', exact: true })).toBeFocused();
    await expect(facturation).toHaveAttribute('aria-expanded', 'false');
  });

  test('une adresse inconnue affiche « Page introuvable » avec un lien vers l’accueil', async ({ page }) => {
    await page.goto('/facturation/inconnue');
    await expectPage(page, 'Page introuvable', 'Page introuvable — Choral');
    await page.getByRole('main').getByRole('link', { name: 'Retour à l’accueil' }).click();
    await expect(page).toHaveURL('/');
    await expectPage(page, 'Bienvenue sur Choral', 'Accueil — Choral');
  });

  test('/facturation redirige vers les factures émises (après connexion)', async ({ page }) => {
    await page.goto('/facturation');
    await expect(page).toHaveURL(`/connexion?retour=${encodeURIComponent('/facturation/factures-emises')}`);
    await expectPage(page, 'Se connecter', 'Se connecter — Choral');
  });

  test('l’accueil affiche l’état réel de la plateforme', async ({ page }) => {
    test.skip(Boolean(process.env.E2E_BASE_URL), 'nécessite l’API du portail (serveur de test)');
    await page.goto('/');
    await expect(page.getByRole('status')).toHaveText(
      /Plateforme opérationnelle — base de données (embarquée|externe)/,
    );
  });
});

test.describe('ligne d’état de la plateforme', () => {
  const charge = { status: 'ok', eventLoopDelayMs: 2, heapUsedBytes: 5e7, rssBytes: 1e8 };
  const health = {
    status: 'ok',
    version: '1.2.3',
    database: { status: 'up', kind: 'embarquee' },
    charge,
    outilsDeveloppement: true,
  };

  test('plateforme opérationnelle', async ({ page }) => {
    await page.route('**/api/health', (route) => route.fulfill({ json: health }));
    await page.goto('/');
    const status = page.getByRole('status');
    await expect(status).toContainText('Plateforme opérationnelle — base de données embarquée');
    await expect(status).toContainText('version 1.2.3');
  });

  test('base de données injoignable (503 avec un rapport)', async ({ page }) => {
    const down = { ...health, status: 'degraded', database: { status: 'down', kind: 'externe' } };
    await page.route('**/api/health', (route) => route.fulfill({ status: 503, json: down }));
    await page.goto('/');
    await expect(page.getByRole('status')).toContainText(
      'Plateforme indisponible — base de données externe injoignable',
    );
  });

  test('plateforme surchargée (503 avec un rapport)', async ({ page }) => {
    const surcharge = { ...health, status: 'degraded', charge: { ...charge, status: 'surcharge' } };
    await page.route('**/api/health', (route) => route.fulfill({ status: 503, json: surcharge }));
    await page.goto('/');
    await expect(page.getByRole('status')).toContainText(
      'Plateforme surchargée — réessayez dans quelques secondes',
    );
  });

  test('erreur de l’API : message du problème et nouvel essai', async ({ page }) => {
    // Fails until « Réessayer » (the emulator banner asks too, so calls are not counted).
    let enPanne = true;
    await page.route('**/api/health', (route) => {
      if (!enPanne) return route.fulfill({ json: health });
      return route.fulfill({
        status: 500,
        contentType: 'application/problem+json',
        json: {
          type: 'about:blank',
          title: 'Erreur interne',
          status: 500,
          detail: 'Une erreur inattendue est survenue.',
          code: 'ERREUR_INTERNE',
        },
      });
    });
    await page.goto('/');
    await expect(page.getByRole('status')).toContainText(
      'État de la plateforme inconnu : Une erreur inattendue est survenue.',
    );
    await expectNoA11yViolations(page);
    enPanne = false;
    await page.getByRole('button', { name: 'Réessayer' }).click();
    await expect(page.getByRole('status')).toContainText('Plateforme opérationnelle');
    await expect(page.getByRole('button', { name: 'Réessayer' })).toHaveCount(0);
  });
});
