import { describe, expect, it } from 'vitest';
import { lireFactureIsolee } from './lire-facture-isolee.ts';

const CII = `<?xml version="1.0"?>
<rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"
  xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100">
  <rsm:ExchangedDocument><ram:ID>F-1</ram:ID><ram:TypeCode>380</ram:TypeCode></rsm:ExchangedDocument>
</rsm:CrossIndustryInvoice>`;

describe('lireFactureIsolee', () => {
  it('lit la facture dans un worker et rend le résultat de la bibliothèque', async () => {
    const resultat = await lireFactureIsolee(new TextEncoder().encode(CII));
    expect(resultat.ok && resultat.lecture.format).toBe('cii');
    expect(resultat.ok && resultat.lecture.facture?.numero).toBe('F-1');
  });

  it('laisse intacts les octets de l’appelant', async () => {
    const octets = new TextEncoder().encode(CII);
    await lireFactureIsolee(octets);
    expect(octets.length).toBeGreaterThan(0);
    expect(new TextDecoder().decode(octets)).toBe(CII);
  });

  it('refuse une lecture qui dépasse le délai, et arrête le worker', async () => {
    const resultat = await lireFactureIsolee(new TextEncoder().encode(CII), { delaiMs: 1, memoireMo: 256 });
    expect(resultat).toEqual({ ok: false, erreur: { code: 'DELAI_DEPASSE', message: expect.any(String) } });
  });

  it('rend les erreurs typées de la bibliothèque', async () => {
    const resultat = await lireFactureIsolee(new TextEncoder().encode('bonjour'));
    expect(resultat.ok ? null : resultat.erreur.code).toBe('FORMAT_NON_RECONNU');
  });
});
