import { useId } from 'react';

export type Progression = { envoye: number; total: number } | null;

/**
 * Progress of a file upload: a native `<progress>` (role progressbar) named by its label, with
 * its value in words. Once every byte is sent, the server still reads the file: say so.
 */
export function UploadProgress({ progression, nom }: { progression: Progression; nom: string }) {
  const id = useId();
  if (!progression) return null;
  const pourcentage = progression.total > 0 ? Math.round((progression.envoye / progression.total) * 100) : 0;
  return (
    <div className="upload-progress">
      <label htmlFor={id} className="upload-progress__label">
        Envoi de « {nom} »
      </label>
      <progress id={id} className="upload-progress__bar" max={100} value={pourcentage}>
        {pourcentage} %
      </progress>
      <p className="upload-progress__value" aria-hidden="true">
        {pourcentage} %{pourcentage === 100 ? ' — analyse du fichier en cours…' : ''}
      </p>
    </div>
  );
}
