import { Prisma } from '@choral/db';

/** The invoice's to-one relations the search filters on: their table and foreign key. */
const RELATIONS: Readonly<Record<string, { table: string; cle: string }>> = {
  fournisseur: { table: 'structure', cle: 'fournisseur_id' },
  destinataire: { table: 'structure', cle: 'destinataire_id' },
  service: { table: 'service', cle: 'service_id' },
};

/** `dateMiseADisposition` → `date_mise_a_disposition`: the schema maps every column so. */
export function colonne(alias: string, champ: string): Prisma.Sql {
  if (!/^[a-zA-Z]+$/.test(champ)) throw new Error(`Champ de filtre inattendu : ${champ}`);

  return Prisma.raw(`"${alias}"."${champ.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)}"`);
}

function comparaison(c: Prisma.Sql, filtre: Record<string, unknown>): Prisma.Sql[] {
  return Object.entries(filtre).flatMap(([operation, v]): Prisma.Sql[] => {
    if (v === undefined) return [];
    switch (operation) {
      case 'not':
        if (v === null) return [Prisma.sql`${c} IS NOT NULL`];
        break;
      case 'in':
        return [Prisma.sql`${c} IN (${Prisma.join(v as unknown[])})`];
      case 'gte':
        return [Prisma.sql`${c} >= ${v}`];
      case 'gt':
        return [Prisma.sql`${c} > ${v}`];
      case 'lte':
        return [Prisma.sql`${c} <= ${v}`];
      case 'lt':
        return [Prisma.sql`${c} < ${v}`];
      // As Prisma writes them: a % or _ typed by the user stays a wildcard, for the rows and the counts alike.
      case 'startsWith':
        return [Prisma.sql`${c} LIKE ${`${v}%`}`];
      case 'contains':
        return [Prisma.sql`${c} ${Prisma.raw(filtre.mode === 'insensitive' ? 'ILIKE' : 'LIKE')} ${`%${v}%`}`];
      case 'mode':
        return [];
    }
    throw new Error(`Filtre SQL non pris en charge : ${operation}`);
  });
}

/**
 * The search's Prisma filters (perimeters and `filtresHorsStatut`) as a SQL condition on the
 * invoice aliased `alias`, for the statement that counts every status at once (Prisma cannot cap
 * a count per group). Only the shapes those filters use are known; any other throws, so that a
 * new filter cannot be left out of the counts unnoticed.
 */
export function filtreSql(where: object, alias = 'f'): Prisma.Sql {
  const conditions = Object.entries(where).flatMap(([champ, v]): Prisma.Sql[] => {
    if (v === undefined) return [];
    if (champ === 'AND') return (v as object[]).map((w) => filtreSql(w, alias));
    if (champ === 'OR')
      return [
        Prisma.sql`(${Prisma.join(
          (v as object[]).map((w) => filtreSql(w, alias)),
          ' OR ',
        )})`,
      ];
    const relation = alias === 'f' ? RELATIONS[champ] : undefined;
    if (relation) {
      const table = Prisma.raw(`"${relation.table}" AS "${champ}"`);
      return [
        Prisma.sql`EXISTS (SELECT 1 FROM ${table} WHERE "${Prisma.raw(champ)}"."id" = "f"."${Prisma.raw(relation.cle)}" AND ${filtreSql(v as object, champ)})`,
      ];
    }
    const c = colonne(alias, champ);
    if (v === null) return [Prisma.sql`${c} IS NULL`];
    if (typeof v === 'object' && !(v instanceof Date) && !Prisma.Decimal.isDecimal(v))
      return comparaison(c, v as Record<string, unknown>);

    return [Prisma.sql`${c} = ${v}`];
  });

  return conditions.length > 0 ? Prisma.join(conditions, ' AND ') : Prisma.sql`TRUE`;
}
