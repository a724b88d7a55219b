import { describe, expect, it } from 'vitest';
import { profilDepuisConformanceXmp, profilDepuisSpecification } from './profil.ts';

describe('profilDepuisSpecification', () => {
  it.each([
    ['urn:factur-x.eu:1p0:minimum', 'MINIMUM'],
    ['urn:zugferd.de:2p0:minimum', 'MINIMUM'],
    ['urn:factur-x.eu:1p0:basicwl', 'BASIC WL'],
    ['urn:cen.eu:en16931:2017#compliant#urn:factur-x.eu:1p0:basic', 'BASIC'],
    ['urn:cen.eu:en16931:2017:compliant:factur-x.eu:1p0:basic', 'BASIC'],
    ['urn:cen.eu:en16931:2017', 'EN 16931'],
    ['urn:ferd:CrossIndustryDocument:invoice:1p0:comfort', 'EN 16931'],
    ['urn:cen.eu:en16931:2017#conformant#urn:factur-x.eu:1p0:extended', 'EXTENDED'],
    ['urn:cen.eu:en16931:2017#conformant#urn.cpro.gouv.fr:1p0:extended-ctc-fr', 'EXTENDED-CTC-FR'],
    ['urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0', 'XRECHNUNG'],
    ['urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0', 'PEPPOL BIS 3.0'],
    ['urn:exemple:inconnu', null],
    [null, null],
  ])('%s → %s', (urn, profil) => {
    expect(profilDepuisSpecification(urn)).toBe(profil);
  });

  it('traduit le ConformanceLevel XMP', () => {
    expect(profilDepuisConformanceXmp('EN 16931')).toBe('EN 16931');
    expect(profilDepuisConformanceXmp('COMFORT')).toBe('EN 16931');
    expect(profilDepuisConformanceXmp('basic  wl')).toBe('BASIC WL');
    expect(profilDepuisConformanceXmp('AUTRE')).toBeNull();
  });
});
