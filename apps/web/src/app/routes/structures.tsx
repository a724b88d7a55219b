import { PageHeader } from '../../components/page-header';
import { MesInvitations } from '../../features/structures/components/mes-invitations';
import { MesStructures } from '../../features/structures/components/mes-structures';
import { useUtilisateur } from '../../lib/session';

export function StructuresPage() {
  const { rattachements } = useUtilisateur();
  return (
    <>
      <PageHeader
        title="Structures"
        lead="Les structures auxquelles vous êtes rattaché(e), leurs services et leurs utilisateurs."
      />
      <MesInvitations />
      <MesStructures rattachements={rattachements} />
    </>
  );
}
