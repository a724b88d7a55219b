type StepperProps = {
  /** Titles of the steps, in order. */
  steps: readonly string[];
  /** Index of the current step, from 0. */
  current: number;
  label: string;
};

/**
 * Where the user is in a multi-step task: an ordered list whose current item carries
 * `aria-current="step"`; done and remaining steps are said in words, not only with color.
 */
export function Stepper({ steps, current, label }: StepperProps) {
  return (
    <nav className="stepper" aria-label={label}>
      <ol className="stepper__list">
        {steps.map((step, index) => {
          const etat = index < current ? 'fait' : index === current ? 'courant' : 'a-venir';
          return (
            <li
              key={step}
              className="stepper__step"
              data-etat={etat}
              aria-current={index === current ? 'step' : undefined}
            >
              <span className="stepper__number" aria-hidden="true">
                {index < current ? '✓' : index + 1}
              </span>
              <span>
                <span className="visually-hidden">
                  Étape {index + 1} sur {steps.length}
                  {etat === 'fait' ? ', terminée' : etat === 'courant' ? ', en cours' : ''} :{' '}
                </span>
                {step}
              </span>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}

/** « Étape 2 sur 3 — Vérifier les données », for the document title of a step. */
export function titreEtape(steps: readonly string[], current: number): string {
  return `Étape ${current + 1} sur ${steps.length} — ${steps[current] ?? ''}`;
}
