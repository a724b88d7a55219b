type ComingSoonProps = { features: readonly string[] };

/** Placeholder of a section whose features are not built yet. */
export function ComingSoon({ features }: ComingSoonProps) {
  return (
    <section className="panel panel--muted" aria-labelledby="a-venir">
      <h2 id="a-venir" className="panel__title">
        Bientôt disponible
      </h2>
      <p>Cette rubrique est en cours de construction. Elle permettra de :</p>
      <ul className="bullet-list">
        {features.map((feature) => (
          <li key={feature}>{feature}</li>
        ))}
      </ul>
    </section>
  );
}
