import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** The rules we hold every page to: WCAG 2.1 levels A and AA (the RGAA target). */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] as const;

export type A11yCheckOptions = {
  /** Only check inside this CSS selector. */
  include?: string;
  /** Skip these CSS selectors (e.g. a third-party widget under review). */
  exclude?: readonly string[];
  /** Disable rules by id, with a reason in the calling test. */
  disableRules?: readonly string[];
};

/** Runs axe-core on the page as it is now and fails with a readable list of violations. */
export async function expectNoA11yViolations(page: Page, options: A11yCheckOptions = {}): Promise<void> {
  let builder = new AxeBuilder({ page }).withTags([...WCAG_TAGS]);
  if (options.include) builder = builder.include(options.include);
  for (const selector of options.exclude ?? []) builder = builder.exclude(selector);
  if (options.disableRules?.length) builder = builder.disableRules([...options.disableRules]);

  const { violations } = await builder.analyze();
  const report = violations.map((violation) => {
    const targets = violation.nodes.map((node) => node.target.join(' ')).join(' | ');
    return `${violation.id} [${violation.impact ?? 'n/a'}] ${violation.help} → ${targets}`;
  });
  expect(report, `Violations d’accessibilité sur ${page.url()}`).toEqual([]);
}
