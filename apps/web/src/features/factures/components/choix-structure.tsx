import type { MonRattachement } from '@choral/contracts';
import { useState } from 'react';
import { useNavigate } from 'react-router';

type Props = {
  structures: readonly MonRattachement[];
  courante: number;
  /** « Structure émettrice », « Structure destinataire ». */
  label: string;
};

/** « Afficher » rather than a change on selection: the page does not move while the user chooses. */
export function ChoixStructure({ structures, courante, label }: Props) {
  const navigate = useNavigate();
  const [choix, setChoix] = useState(String(courante));
  return (
    <form
      className="inline-form filter-bar"
      onSubmit={(event) => {
        event.preventDefault();
        void navigate({ search: `?structure=${choix}` });
      }}
    >
      <div className="field">
        <label className="field__label" htmlFor="choix-structure">
          {label}
        </label>
        <select
          id="choix-structure"
          className="field__input field__select"
          value={choix}
          onChange={(event) => setChoix(event.target.value)}
        >
          {structures.map((s) => (
            <option key={s.structureId} value={s.structureId}>
              {s.raisonSociale} ({s.identifiant})
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button button--secondary">
        Afficher
      </button>
    </form>
  );
}
